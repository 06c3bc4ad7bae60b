import { INSPECTION_CHECKS, addDays, daysBetween, problemCount } from "@bianmin/domain";
import type { InspectionFinding, IsoDate } from "@bianmin/domain";
import { counterTime, dateOf, workdayAfter, workdayFrom } from "./clock";
import type { Run } from "./run";
import { INSPECTION_NOTES, RECTIFICATION_REPORTS, RECTIFICATION_REQUIREMENTS } from "./texts";
import { laneOf } from "./world";
import type { Township } from "./world";

/**
 * 明察暗访 in the demo history: a few unannounced visits of the district efficiency centre to each township's
 * stations, with findings against the checklist and a rectification for each failed check, recorded through the
 * inspection service; the station head reports most rectifications and the township confirms them.
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
    // each failed check requires a rectification; most are reported and confirmed, a few confirmed on site, some left open
    const plans = findings
      .filter((f) => !f.passed)
      .map((f) => ({ requirement: RECTIFICATION_REQUIREMENTS[f.check]!, days: r.int(3, 10), fate: r.pick(["reported", "reported", "reported", "onSite", "open"] as const), after: r.int(1, 3), report: r.pick(RECTIFICATION_REPORTS), t1: r.fork("report"), t2: r.fork("confirm") }));
    run.sim.spawn(`inspection ${st.villageName} ${date}`, laneOf(st), at, async (p) => {
      const recorded = await w.as(w.inspector.username, at).inspection.record({
        stationId: st.id,
        inspectedOn: date,
        findings,
        note,
        rectifications: plans.map(({ requirement, days }) => ({ requirement, days })),
      });
      run.tally.add("inspections");
      for (const [i, rect] of recorded.rectifications.entries()) {
        const plan = plans[i]!;
        if (plan.fate === "open") continue;
        let version = 1;
        let ms = p.now;
        if (plan.fate === "reported") {
          const day = workdayAfter(w.calendar, date, Math.min(plan.after + 1, plan.days));
          if (day > to) continue;
          ms = counterTime(plan.t1, day, p.now);
          await p.at(ms);
          version = (await w.as(st.head.username, ms).inspection.reportRectification({ id: rect.id, expectedVersion: version, report: plan.report })).version;
        }
        const day = workdayAfter(w.calendar, dateOf(ms), plan.after);
        if (day > to) continue;
        const confirmAt = counterTime(plan.t2, day, p.now);
        await p.at(confirmAt);
        const confirmNote = plan.fate === "onSite" ? "现场复查，已整改到位" : "经核实，整改到位";
        await w.as(township.staff, confirmAt).inspection.confirmRectification({ id: rect.id, expectedVersion: version, note: confirmNote });
        run.tally.add("rectificationsConfirmed");
      }
    });
  }
}
