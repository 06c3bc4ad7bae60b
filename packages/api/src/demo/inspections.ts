import { appendAudit, inspections } from "@bianmin/db";
import { INSPECTION_CHECKS, addDays, daysBetween, problemCount } from "@bianmin/domain";
import type { InspectionFinding, IsoDate } from "@bianmin/domain";
import { counterTime, workdayFrom } from "./clock";
import type { Run } from "./run";
import { INSPECTION_NOTES } from "./texts";
import { laneOf } from "./world";
import type { Township } from "./world";

/**
 * 明察暗访 in the demo history: a few unannounced visits of the district efficiency centre to each township's
 * stations, with findings against the checklist. Written directly (the inspection screens are another issue's),
 * each with its audit entry in the same transaction.
 */

/** Checks whose failure concerns one agent rather than the whole station. */
const PERSONAL = new Set(["onDuty", "badges", "attitude"]);

export function scheduleInspections(run: Run, township: Township, index: number, from: IsoDate, to: IsoDate): void {
  const { w } = run;
  const r = run.rng.fork(`inspections:${index}`);
  const span = daysBetween(from, to);
  for (let i = r.int(2, 4); i > 0; i--) {
    const date = workdayFrom(w.calendar, addDays(from, r.int(0, span)));
    if (date > to) continue;
    const st = r.pick(township.stations);
    const at = counterTime(r, date);
    const findings: InspectionFinding[] = INSPECTION_CHECKS.map((c) => {
      const passed = r.chance(0.8);
      const agents = st.staff.filter((m) => !m.isHead);
      return {
        check: c.key,
        passed,
        note: passed ? null : r.pick(INSPECTION_NOTES[c.key]!),
        agentId: !passed && PERSONAL.has(c.key) ? r.pick(agents).userId : null,
      };
    });
    const problems = problemCount(findings);
    const note = problems === 0 ? "检查各项均符合要求" : `发现问题${problems}项，已当场反馈代办站站长`;
    run.sim.spawn(`inspection ${st.villageName} ${date}`, laneOf(st), at, async () => {
      await w.db.transaction(async (tx) => {
        const [row] = await tx
          .insert(inspections)
          .values({
            districtId: st.districtId,
            townshipId: st.townshipId,
            villageId: st.villageId,
            stationId: st.id,
            inspectedOn: date,
            centerKind: "efficiency",
            inspectorId: w.inspector.userId,
            findings,
            problemCount: problems,
            note,
            createdAt: new Date(at),
          })
          .returning({ id: inspections.id });
        await appendAudit(tx, {
          districtId: st.districtId,
          actorId: w.inspector.userId,
          actorName: w.inspector.name,
          action: "inspection.record",
          entity: "inspection",
          entityId: row!.id,
          after: { stationId: st.id, inspectedOn: date, centerKind: "efficiency", problemCount: problems },
          at: new Date(at),
        });
      });
      run.tally.add("inspections");
    });
  }
}
