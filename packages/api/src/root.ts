import { catalogRouter } from "./router/catalog";
import { orgRouter } from "./router/org";
import { createCallerFactory, router } from "./trpc";

export const appRouter = router({
  org: orgRouter,
  catalog: catalogRouter,
});

export type AppRouter = typeof appRouter;
export const createCaller = createCallerFactory(appRouter);
