import { nextPeriod, periodContaining, periodToAssess } from "@bianmin/domain";
import type { IsoDate, Period } from "@bianmin/domain";
import type { Rng } from "./random";
import type { World } from "./world";

/**
 * 双月考核 in the demo history: each township's centre assesses every two-month period that lies wholly inside the
 * history, except the latest one (left for whoever tries the demo): computed from the records, scored by the team,
 * confirmed with its decision — through the assessment service, as the centre would at the start of the next period.
 */
export async function confirmPastAssessments(w: World, rng: Rng, from: IsoDate, to: IsoDate, untilMs: number): Promise<number> {
  const latest = periodToAssess("bimonthly", to);
  const periods: Period[] = [];
  for (let p = periodContaining("bimonthly", from); p.key !== latest.key && p.end < to; p = nextPeriod(p)) {
    if (p.start >= from) periods.push(p);
  }
  let confirmed = 0;
  for (const t of w.townships) {
    const r = rng.fork(`assessments:${t.id}`);
    const api = w.as(t.staff, untilMs);
    for (const p of periods) {
      await api.assessment.compute({ periodKey: p.key });
      const { rows } = await api.assessment.list({ periodKey: p.key });
      for (const row of rows) {
        if (row.status !== "draft") continue;
        const { rowVersion } = await api.assessment.get({ id: row.id });
        const scored = await api.assessment.setTeamScore({ id: row.id, version: rowVersion, score: r.int(70, 98), note: "考核小组综合评议" });
        const decision = scored.total >= 90 ? "reward" : scored.total < 60 ? "criticism" : "none";
        const note = decision === "reward" ? "本期考核优秀，予以表扬奖励" : decision === "criticism" ? "本期考核不合格，予以通报批评并限期改进" : undefined;
        await api.assessment.confirm({ id: row.id, version: scored.version, decision, note });
        confirmed += 1;
      }
    }
  }
  return confirmed;
}
