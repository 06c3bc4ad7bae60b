export * as orgQueries from "./org";
export * as catalogQueries from "./catalog";
export * as matterQueries from "./matters";
export * as recordQueries from "./records";
export * as complaintQueries from "./complaints";
export * as appointmentQueries from "./appointments";
export * as receptionQueries from "./receptions";
