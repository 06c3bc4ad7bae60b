import { uuid } from "drizzle-orm/pg-core";
import { districts, stations, townships, villages } from "./org";

/** Columns every station-owned row carries, so that scope checks and later sharding need no join. */
export const unitColumns = () => ({
  districtId: uuid()
    .notNull()
    .references(() => districts.id),
  townshipId: uuid()
    .notNull()
    .references(() => townships.id),
  villageId: uuid()
    .notNull()
    .references(() => villages.id),
  stationId: uuid()
    .notNull()
    .references(() => stations.id),
});
