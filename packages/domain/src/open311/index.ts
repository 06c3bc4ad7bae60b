/** Open311 GeoReport v2 (R-API-1): the catalogue as services, matters as requests, and the query of requests. */
export * from "./status";
export * from "./query";
export * from "./catalog";
