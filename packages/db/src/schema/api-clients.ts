import { pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { districts } from "./org";
import { users } from "./users";

/**
 * A system allowed to file requests through the Open311 GeoReport v2 endpoint (R-API-1): a hotline, a mobile
 * app, a county platform. The key itself is shown once when it is issued; only its SHA-256 is kept, with a
 * short prefix so that the console can tell keys apart. A revoked client's key is refused.
 */
export const apiClients = pgTable(
  "api_clients",
  {
    id: uuid().primaryKey().defaultRandom(),
    districtId: uuid()
      .notNull()
      .references(() => districts.id),
    name: text().notNull(),
    contact: text(),
    keyHash: text().notNull(),
    keyPrefix: text().notNull(),
    createdBy: uuid()
      .notNull()
      .references(() => users.id),
    createdAt: timestamp({ withTimezone: true }).notNull(),
    revokedAt: timestamp({ withTimezone: true }),
  },
  (t) => [uniqueIndex("api_clients_key_uq").on(t.keyHash)],
);
