import type { inferRouterOutputs } from "@trpc/server";
import type { AppRouter } from "@bianmin/api";

export type Outputs = inferRouterOutputs<AppRouter>;
export type StationViewData = Outputs["org"]["myStation"];
export type CatalogItem = Outputs["catalog"]["list"][number];
export type ItemDetail = Outputs["catalog"]["item"];
export type VillageRow = Outputs["org"]["myCenter"]["villages"][number];
