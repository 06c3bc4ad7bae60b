export * from "./org";
export * from "./users";
export * from "./catalog";
export * from "./calendar";
export * from "./audit";
export * from "./matters";
export * from "./station-rules";
