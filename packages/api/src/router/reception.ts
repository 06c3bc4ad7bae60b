import { router } from "../trpc";

export const receptionRouter = router({});
