export * as orgQueries from "./org";
export * as catalogQueries from "./catalog";
