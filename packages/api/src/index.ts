export { appRouter, createCaller } from "./root";
export type { AppRouter } from "./root";
export { createContext } from "./context";
export type { Context } from "./context";
export { canSeeUnit } from "./scope";
export { handleOpen311 } from "./open311/handler";
