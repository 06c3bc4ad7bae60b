import { router } from "../trpc";

export const complaintRouter = router({});
