export * as orgQueries from "./org";
export * as catalogQueries from "./catalog";
export * as matterQueries from "./matters";
