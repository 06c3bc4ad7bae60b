import { appointmentRouter } from "./router/appointment";
import { attendanceRouter } from "./router/attendance";
import { complaintRouter } from "./router/complaint";
import { publicStationRouter } from "./router/publicStation";
import { receptionRouter } from "./router/reception";
import { recordsRouter } from "./router/records";
import { rolloutRouter } from "./router/rollout";
import { selfReviewRouter } from "./router/selfReview";
import { assessmentRouter } from "./router/assessment";
import { catalogRouter } from "./router/catalog";
import { lookupRouter } from "./router/lookup";
import { matterRouter } from "./router/matter";
import { orgRouter } from "./router/org";
import { standardizationRouter } from "./router/standardization";
import { supervisionRouter } from "./router/supervision";
import { notificationRouter } from "./router/notification";
import { inspectionRouter } from "./router/inspection";
import { calendarRouter } from "./router/calendar";
import { apiClientRouter } from "./router/apiClient";
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
  assessment: assessmentRouter,
  records: recordsRouter,
  publicStation: publicStationRouter,
  standardization: standardizationRouter,
  rollout: rolloutRouter,
  supervision: supervisionRouter,
  notification: notificationRouter,
  calendar: calendarRouter,
  apiClient: apiClientRouter,
  inspection: inspectionRouter,
});

export type AppRouter = typeof appRouter;
export const createCaller = createCallerFactory(appRouter);
