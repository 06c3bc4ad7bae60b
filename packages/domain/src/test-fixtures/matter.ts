import { createCalendar } from "../calendar";
import type { ServiceItemVersion } from "../catalog";
import type { DecideContext, Actor } from "../matter/context";
import { decide } from "../matter/decide";
import type { MatterEvent } from "../matter/events";
import { evolve } from "../matter/evolve";
import { initialMatterState } from "../matter/state";
import type { MatterState } from "../matter/state";
import { CALENDAR_ROWS_2024_2026 } from "./calendar-2024-2026";

/** Test fixture: items, actors, a context builder and a tiny event store for given-when-then tests. */

export const calendar = createCalendar(CALENDAR_ROWS_2024_2026);

const base = {
  handlingBody: "乡镇人民政府",
  legalBasis: "《人口与计划生育法》",
  conditions: "本村户籍居民",
  guide: "携带材料到代办站办理",
  needsReview: false,
  needsSurvey: false,
};

/** Village-level item, 3 working days, two required materials and one optional, one statutory fee. */
export const villageItem: ServiceItemVersion = {
  ...base,
  code: "ZZ-001",
  version: 2,
  name: "独生子女光荣证",
  category: "certificate",
  level: "village",
  materials: [
    { key: "idCopy", name: "身份证复印件", form: "copy", count: 2, required: true },
    { key: "hukou", name: "户口簿", form: "original", count: 1, required: true },
    { key: "photo", name: "照片", form: "original", count: 1, required: false },
  ],
  fees: [{ key: "bookFee", name: "工本费", amountFen: 500, basis: "豫价费字〔2008〕1号" }],
  timeLimitDays: 3,
  inPerson: false,
};

/** Township-level item, 5 working days, with a site survey. */
export const townshipItem: ServiceItemVersion = {
  ...base,
  code: "ZZ-002",
  version: 1,
  name: "城乡最低生活保障",
  category: "certificate",
  level: "township",
  materials: [{ key: "idCopy", name: "身份证复印件", form: "copy", count: 1, required: true }],
  fees: [],
  timeLimitDays: 5,
  inPerson: false,
  needsSurvey: true,
};

/** District-level item that needs the applicant in person. */
export const districtItem: ServiceItemVersion = {
  ...base,
  code: "ZZ-003",
  version: 1,
  name: "土地承包经营权证",
  category: "certificate",
  level: "district",
  materials: [{ key: "contract", name: "承包合同", form: "originalAndCopy", count: 1, required: true }],
  fees: [],
  timeLimitDays: 10,
  inPerson: true,
};

/** Consultation item settled on the spot. */
export const consultationItem: ServiceItemVersion = {
  ...base,
  code: "ZX-001",
  version: 1,
  name: "法律咨询",
  category: "consultation",
  level: "village",
  materials: [],
  fees: [],
  timeLimitDays: 0,
  inPerson: false,
};

export const agentZhang: Actor = { id: "a-zhang", name: "张红", role: "agent", onDuty: true, scope: ["ZZ-001", "ZZ-002", "ZZ-003", "ZX-001"], phone: "13800000001" };
export const agentLi: Actor = { id: "a-li", name: "李明", role: "agent", onDuty: true, scope: [] };
export const agentOffDuty: Actor = { id: "a-wang", name: "王芳", role: "agent", onDuty: false, scope: ["ZZ-001"] };
export const windowStaff: Actor = { id: "w-zhao", name: "赵敏", role: "townshipStaff" };
export const supervisor: Actor = { id: "s-qian", name: "钱进", role: "townshipSupervisor" };
export const applicantActor: Actor = { id: "applicant", name: "刘大爷", role: "applicant" };

export const applicant = { name: "刘大爷", phone: "13912345678", idNumber: "11010519491231002X", address: "二七区侯寨乡樱桃沟村3组" };

export function ctx(overrides: Partial<DecideContext> = {}): DecideContext {
  return {
    now: "2025-03-03T10:00:00+08:00",
    actor: agentZhang,
    item: villageItem,
    calendar,
    receiptNo: "410103001001-20250303-0001",
    ...overrides,
  };
}

/**
 * A matter under test: keeps its events and state; `when` applies a command or throws. Its clock keeps the
 * last `now` given, so later commands without one happen at that moment.
 */
export class Matter {
  events: MatterEvent[] = [];
  state: MatterState = initialMatterState();
  clock: string;
  constructor(readonly defaults: Partial<DecideContext> = {}) {
    this.clock = defaults.now ?? "2025-03-03T10:00:00+08:00";
  }

  private ctx(overrides: Partial<DecideContext>): DecideContext {
    if (overrides.now) this.clock = overrides.now;
    return ctx({ ...this.defaults, now: this.clock, ...overrides });
  }

  /** Runs a command; on success appends its events and returns them. */
  when(command: unknown, overrides: Partial<DecideContext> = {}): MatterEvent[] {
    const produced = decide(this.state, command, this.ctx(overrides));
    for (const e of produced) this.state = evolve(this.state, e);
    this.events.push(...produced);
    return produced;
  }

  /** Runs a command expected to fail; returns the DomainError (and checks nothing changed). */
  refused(command: unknown, overrides: Partial<DecideContext> = {}): { code: string; message: string; details: Record<string, unknown> } {
    const before = JSON.stringify(this.state);
    try {
      decide(this.state, command, this.ctx(overrides));
    } catch (e) {
      if (JSON.stringify(this.state) !== before) throw new Error("state changed on refusal");
      return e as { code: string; message: string; details: Record<string, unknown> };
    }
    throw new Error(`expected a refusal of ${JSON.stringify(command)}`);
  }
}

export const registerVillage = {
  type: "register",
  itemCode: "ZZ-001",
  applicant,
  mode: "assisted",
  materials: [
    { key: "idCopy", count: 2 },
    { key: "hukou", count: 1 },
  ],
  fees: [{ key: "bookFee", amountFen: 500 }],
} as const;

/** A village matter registered and accepted by its responsible agent on Monday 2025-03-03. */
export function acceptedVillageMatter(): Matter {
  const m = new Matter();
  m.when(registerVillage);
  m.when({ type: "accept" });
  return m;
}
