import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays, isWeekend } from "./dates";
import { workdaysBetween } from "./deadline";
import { isDomainError } from "./errors";
import { INSPECTION_CHECK_KEYS, problemCount } from "./inspection";
import type { InspectionFinding } from "./inspection";
import {
  RECTIFICATION_STATUSES,
  assertInspectedOn,
  confirmRectification,
  inspectionFindingsSchema,
  inspectionRecordSchema,
  orderFindings,
  rectificationDueDate,
  rectificationOverdue,
  rectificationStatusOn,
  reportRectification,
} from "./rectification";
import type { RectificationFacts, RectificationStatus } from "./rectification";
import { calendar } from "./test-fixtures/matter";

const AGENT = "3f1c6f0e-1111-4a2b-9c3d-0123456789ab";
const allPassed = (): InspectionFinding[] => INSPECTION_CHECK_KEYS.map((check) => ({ check, passed: true, note: null, agentId: null }));

function thrown(f: () => unknown) {
  try {
    f();
    return null;
  } catch (e) {
    if (isDomainError(e)) return e;
    throw e;
  }
}

const issuesOf = (r: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  r.success ? [] : r.error!.issues.map((i) => ({ path: i.path.join("."), message: i.message }));

describe("inspection records (R-SUP-2)", () => {
  it("R-SUP-2 every check is answered exactly once; a missing or repeated check is named", () => {
    expect(inspectionFindingsSchema.safeParse(allPassed()).success).toBe(true);
    const missing = issuesOf(inspectionFindingsSchema.safeParse(allPassed().filter((f) => f.check !== "badges")));
    expect(missing).toEqual([{ path: "", message: "检查结果：缺少“代办员挂牌上岗”一项，请逐项填写是否通过" }]);
    const twice = issuesOf(inspectionFindingsSchema.safeParse([...allPassed(), { check: "onDuty", passed: false, note: "不在岗", agentId: null }]));
    expect(twice).toEqual([{ path: "5.check", message: "检查项重复：工作人员在岗" }]);
  });

  it("R-SUP-2 a failed check needs a note of what was found; the agent it concerns is optional", () => {
    const f = allPassed();
    f[3] = { check: "attitude", passed: false, note: "  ", agentId: AGENT };
    expect(issuesOf(inspectionFindingsSchema.safeParse(f))).toEqual([{ path: "3.note", message: "“服务态度热情诚恳”未通过，请写明发现的问题" }]);
    f[3] = { check: "attitude", passed: false, note: "接待群众态度生硬", agentId: null };
    const ok = inspectionFindingsSchema.parse(f);
    expect(ok[3]).toEqual({ check: "attitude", passed: false, note: "接待群众态度生硬", agentId: null });
    expect(inspectionFindingsSchema.parse([...allPassed().slice(0, 4), { check: "records", passed: false, note: "记录缺页", agentId: AGENT }])[4]!.agentId).toBe(AGENT);
    expect(issuesOf(inspectionFindingsSchema.safeParse([...allPassed().slice(0, 4), { check: "records", passed: false, note: "x", agentId: "张三" }]))[0]!.message).toBe("涉及代办员格式不正确");
  });

  it("R-SUP-2 the record's rectifications need a requirement and 1–60 working days", () => {
    const base = { stationId: AGENT, inspectedOn: "2026-03-06", findings: allPassed() };
    expect(inspectionRecordSchema.parse(base).rectifications).toEqual([]);
    const bad = issuesOf(inspectionRecordSchema.safeParse({ ...base, rectifications: [{ requirement: "", days: 3 }, { requirement: "补挂胸牌", days: 0 }, { requirement: "整改", days: 2.5 }] }));
    expect(bad).toEqual([
      { path: "rectifications.0.requirement", message: "整改要求不能为空" },
      { path: "rectifications.1.days", message: "整改期限至少1个工作日" },
      { path: "rectifications.2.days", message: "整改期限须为整数个工作日" },
    ]);
    expect(issuesOf(inspectionRecordSchema.safeParse({ ...base, stationId: "" }))[0]!.message).toBe("请选择被检查的代办站");
  });

  it("R-SUP-2 the inspection date may be today or earlier, never in the future", () => {
    expect(() => assertInspectedOn("2026-03-06", "2026-03-06")).not.toThrow();
    expect(() => assertInspectedOn("2026-02-27", "2026-03-06")).not.toThrow();
    const e = thrown(() => assertInspectedOn("2026-03-07", "2026-03-06"));
    expect(e).toMatchObject({ code: "INVALID_INPUT", message: "检查日期不能晚于今天", details: { field: "inspectedOn" } });
  });

  it("R-SUP-2 findings are stored in checklist order and the problem count is the failed checks", () => {
    fc.assert(
      fc.property(fc.shuffledSubarray([...INSPECTION_CHECK_KEYS], { minLength: 5, maxLength: 5 }), fc.array(fc.boolean(), { minLength: 5, maxLength: 5 }), (keys, passed) => {
        const findings = keys.map((check, i) => ({ check, passed: passed[i]!, note: passed[i] ? null : "问题", agentId: null }));
        const ordered = orderFindings(findings);
        expect(ordered.map((f) => f.check)).toEqual([...INSPECTION_CHECK_KEYS]);
        expect(problemCount(ordered)).toBe(passed.filter((p) => !p).length);
        expect(orderFindings(findings.map((f) => ({ ...f, agentId: AGENT }))).filter((f) => f.agentId).length).toBe(problemCount(ordered));
      }),
    );
  });
});

describe("rectifications (R-SUP-2)", () => {
  it("R-SUP-2 R-DL-1 a rectification is due N working days after the visit, skipping the weekend", () => {
    // Friday 6 March 2026 + 3 working days = Wednesday 11 March
    expect(rectificationDueDate(calendar, "2026-03-06", 3)).toBe("2026-03-11");
    // across the 2026 Qingming holiday (4–6 April): Thursday 2 April + 2 = Friday 3 April, then Tuesday 7 April
    expect(rectificationDueDate(calendar, "2026-04-02", 2)).toBe("2026-04-07");
  });

  it("R-SUP-2 the due date is a working day exactly N working days after the visit", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 600 }), fc.integer({ min: 1, max: 60 }), (offset, days) => {
        const visit = addDays("2025-01-02", offset);
        const due = rectificationDueDate(calendar, visit, days);
        expect(due > visit).toBe(true);
        expect(calendar.isWorkday(due)).toBe(true);
        expect(workdaysBetween(calendar, visit, due)).toBe(days);
      }),
    );
  });

  it("R-SUP-2 open → reported (with a report) → confirmed (with a note); the township may confirm on site from open", () => {
    expect(reportRectification("open", " 已补挂胸牌 ")).toEqual({ status: "reported", report: "已补挂胸牌" });
    expect(thrown(() => reportRectification("open", "  "))).toMatchObject({ message: "整改情况：请写明整改措施和结果", details: { field: "report" } });
    expect(thrown(() => reportRectification("reported", "再报"))?.message).toContain("等待");
    expect(thrown(() => reportRectification("confirmed", "再报"))?.message).toBe("该整改已确认到位，不能再报告");
    expect(confirmRectification("reported", "经核实已整改")).toEqual({ status: "confirmed", note: "经核实已整改", onSite: false });
    expect(confirmRectification("open", "现场核实已整改")).toEqual({ status: "confirmed", note: "现场核实已整改", onSite: true });
    expect(thrown(() => confirmRectification("reported", ""))).toMatchObject({ message: "确认意见：请写明核实情况", details: { field: "note" } });
    expect(thrown(() => confirmRectification("confirmed", "再确认"))?.message).toBe("该整改已确认到位");
  });

  it("R-SUP-2 no act leads anywhere but forward: confirmed is final", () => {
    const next = (s: RectificationStatus, act: "report" | "confirm"): RectificationStatus | null => {
      try {
        return act === "report" ? reportRectification(s, "整改情况").status : confirmRectification(s, "核实").status;
      } catch {
        return null;
      }
    };
    const order = { open: 0, reported: 1, confirmed: 2 };
    for (const s of RECTIFICATION_STATUSES) {
      for (const act of ["report", "confirm"] as const) {
        const to = next(s, act);
        if (to) expect(order[to]).toBeGreaterThan(order[s]);
      }
    }
    expect(next("confirmed", "report")).toBeNull();
    expect(next("confirmed", "confirm")).toBeNull();
  });

  it("R-SUP-2 R-DL-4 an open rectification past its due date is red; one done by the due date is on time", () => {
    const r: RectificationFacts = { dueDate: "2026-03-11", status: "open", reportedOn: null, confirmedOn: null };
    expect(rectificationStatusOn(calendar, r, "2026-03-06")).toMatchObject({ kind: "open", light: "green", remainingWorkdays: 3 });
    expect(rectificationStatusOn(calendar, r, "2026-03-10")).toMatchObject({ kind: "open", light: "yellow" });
    expect(rectificationStatusOn(calendar, r, "2026-03-12")).toMatchObject({ kind: "open", light: "red", remainingWorkdays: -1 });
    expect(rectificationOverdue(calendar, r, "2026-03-12")).toBe(true);
    expect(rectificationOverdue(calendar, r, "2026-03-11")).toBe(false);
    const reported = { ...r, status: "reported" as const, reportedOn: "2026-03-10" };
    expect(rectificationStatusOn(calendar, reported, "2026-03-20")).toMatchObject({ kind: "closed", result: "onTime" });
    expect(rectificationOverdue(calendar, reported, "2026-03-20")).toBe(false);
    const onSiteLate = { ...r, status: "confirmed" as const, confirmedOn: "2026-03-13" };
    expect(rectificationStatusOn(calendar, onSiteLate, "2026-03-20")).toMatchObject({ kind: "closed", result: "late", lateWorkdays: 2 });
    expect(isWeekend("2026-03-07")).toBe(true);
  });
});
