import { appointmentRouter } from "./router/appointment";
import { attendanceRouter } from "./router/attendance";
import { complaintRouter } from "./router/complaint";
import { publicStationRouter } from "./router/publicStation";
import { receptionRouter } from "./router/reception";
import { recordsRouter } from "./router/records";
import { selfReviewRouter } from "./router/selfReview";
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
  appointment: appointmentRouter,
  reception: receptionRouter,
  complaint: complaintRouter,
  selfReview: selfReviewRouter,
  records: recordsRouter,
  publicStation: publicStationRouter,
});

export type AppRouter = typeof appRouter;
export const createCaller = createCallerFactory(appRouter);
