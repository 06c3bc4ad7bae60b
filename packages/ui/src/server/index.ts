export { createAppServer } from "./app-server";
export type { AppServer } from "./app-server";
export { orNotFound, sharedPages } from "./pages";
