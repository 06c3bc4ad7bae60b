import { sql } from "drizzle-orm";
import { DEFAULT_AGENT_RUBRIC, DEFAULT_STATION_RUBRIC, parseRubric } from "@bianmin/domain";
import type { Tx } from "../client";
import { rubrics } from "../schema";

/**
 * The district's first published scoring rubrics (考核细则, R-ASM-1, R-ASM-2): the default bimonthly agent rubric
 * and the default half-year station rubric, version 1 each. Later versions are published by the district.
 */
export async function seedRubrics(tx: Tx, districtId: string): Promise<void> {
  await tx
    .insert(rubrics)
    .values(
      [DEFAULT_AGENT_RUBRIC, DEFAULT_STATION_RUBRIC].map((definition) => {
        const r = parseRubric(definition); // a broken default is a seed failure, not a runtime surprise
        return { districtId, code: r.code, version: r.version, subject: r.subject, definition, publishedAt: sql`now()`, publishedBy: null };
      }),
    )
    .onConflictDoNothing({ target: [rubrics.districtId, rubrics.code, rubrics.version] });
}
