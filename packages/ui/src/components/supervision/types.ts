import type { AppRouter } from "@bianmin/api";
import type { inferRouterOutputs } from "@trpc/server";

export type Overview = inferRouterOutputs<AppRouter>["supervision"]["overview"];
export type VillageRow = Overview["villages"][number];
