import type { Outputs } from "../../types";

export type DistrictOverviewData = Outputs["supervision"]["districtOverview"];
export type DistrictTownshipRow = DistrictOverviewData["townships"][number];
