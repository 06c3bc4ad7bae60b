export { createAppServer } from "./app-server";
export type { AppServer } from "./app-server";
export { attempt, orNotFound, refusalResponse, sharedPages } from "./pages";
export { loginPage } from "./login-page";
export { notificationsPage } from "./notifications-page";
