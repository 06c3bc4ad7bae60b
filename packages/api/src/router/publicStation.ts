import { router } from "../trpc";

export const publicStationRouter = router({});
