import { router } from "../trpc";

export const recordsRouter = router({});
