import { attendanceRouter } from "./router/attendance";
import { catalogRouter } from "./router/catalog";
import { lookupRouter } from "./router/lookup";
import { matterRouter } from "./router/matter";
import { orgRouter } from "./router/org";
import { createCallerFactory, router } from "./trpc";

export const appRouter = router({
  org: orgRouter,
  catalog: catalogRouter,
  matter: matterRouter,
  attendance: attendanceRouter,
  lookup: lookupRouter,
});

export type AppRouter = typeof appRouter;
export const createCaller = createCallerFactory(appRouter);
