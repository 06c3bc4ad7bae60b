import type { Outputs } from "../types";

/** What the station's public page shows (publicStation.page). */
export type StationPublicData = Outputs["publicStation"]["page"];
