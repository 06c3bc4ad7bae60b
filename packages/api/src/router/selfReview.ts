import { router } from "../trpc";

export const selfReviewRouter = router({});
