import { router } from "../trpc";

export const appointmentRouter = router({});
