/** Registration and intake decisions (R-INT-1..4, R-INT-6, R-INT-7). */
import type { ServiceItemVersion } from "../catalog";
import { explainWorkdays } from "../deadline";
import { shanghaiDate } from "../dates";
import { DomainError } from "../errors";
import type { CommandOf } from "./commands";
import type { ItemRef, MatterEvent, SupplementLine } from "./events";
import { INTAKE_STATUSES } from "./state";
import type { MatterState } from "./state";
import { MATTER_STATUS_LABELS, MODE_LABELS } from "./vocabulary";
import type { Route } from "./vocabulary";
import { STATION_ROLES, requireRole, requireOnDuty, refuse, guardRegistered, agentOf } from "./guards";
import type { Run } from "./guards";
import { checkMaterialKeys, missingMaterials, checkFees } from "./materials";

export function register(r: Run, cmd: CommandOf<"register">): MatterEvent[] {
  const { ctx, state } = r;
  const item = ctx.item;
  if (ctx.actor.role === "applicant") onlineApplication(cmd);
  else {
    requireRole(ctx.actor, STATION_ROLES, "登记便民服务事项");
    requireOnDuty(ctx.actor, "登记便民服务事项");
  }
  if (state.status !== "new") refuse("ALREADY_REGISTERED", "该事项已经登记，不能重复登记", state);
  if (cmd.itemCode !== item.code) {
    throw new DomainError("ITEM_VERSION_MISMATCH", `登记的事项编码${cmd.itemCode}与所载事项${item.code}不一致`, {
      itemCode: cmd.itemCode,
      loaded: item.code,
    });
  }
  if (item.category === "consultation" && cmd.mode !== "consultation") {
    throw new DomainError("CONSULTATION_ITEM_MODE", `「${item.name}」是咨询指南类事项，只能按咨询方式登记`, {
      mode: cmd.mode,
    });
  }
  if (cmd.mode === "agency" && item.inPerson) {
    throw new DomainError(
      "IN_PERSON_ITEM_NO_AGENCY",
      `「${item.name}」须申请人本人到场办理，不能代办；可改为协办：申请人本人到场，代办员协助办理`,
      { suggestedMode: "assisted" },
    );
  }
  if (cmd.mode === "agency" && !cmd.authorization) {
    throw new DomainError("AUTHORIZATION_REQUIRED", "代办须记录申请人的授权委托（受托代办员、委托日期、委托事项）", {});
  }
  if (cmd.mode !== "agency" && cmd.authorization) {
    throw new DomainError(
      "AUTHORIZATION_NOT_APPLICABLE",
      `${MODE_LABELS[cmd.mode]}方式不需要授权委托；申请人授权代办员办理时请选择代办方式`,
      { mode: cmd.mode },
    );
  }
  if (cmd.mode === "consultation" && cmd.fees.length > 0) {
    throw new DomainError("FEES_NOT_FOR_CONSULTATION", "咨询服务一律免费，不能登记收费", {});
  }
  const materials = checkMaterialKeys(item, cmd.materials);
  const fees = checkFees(item, cmd.fees);
  const ref: ItemRef = {
    code: item.code,
    version: item.version,
    name: item.name,
    category: item.category,
    level: item.level,
    timeLimitDays: item.timeLimitDays,
    inPerson: item.inPerson,
  };
  return [
    r.emit("registered", {
      item: ref,
      applicant: cmd.applicant,
      mode: cmd.mode,
      authorization: cmd.authorization ?? null,
      materials,
      fees,
      missing: cmd.mode === "consultation" ? [] : missingMaterials(item, materials),
      note: cmd.note ?? null,
    }),
  ];
}

/**
 * An online application (网上申请, R-API-1): the applicant files it through another channel, not at the counter.
 * Nothing is handed in yet: materials, fees and an agency authorisation are checked and recorded at the station,
 * where the matter waits for intake like any registered one.
 */
function onlineApplication(cmd: CommandOf<"register">): void {
  if (cmd.mode === "agency" || cmd.authorization || cmd.materials.length > 0 || cmd.fees.length > 0) {
    throw new DomainError(
      "NOT_HANDED_IN_ONLINE",
      "网上申请只登记申请人和申办事项：材料、收费和代办授权委托须在代办站受理时当面核验和记录",
      { mode: cmd.mode },
    );
  }
}

/** True when the applicant filed the matter themself through another channel (see onlineApplication). */
function filedOnline(state: MatterState): boolean {
  return state.registeredBy?.role === "applicant";
}

/** Checks common to the intake decisions (accept, supplement, reject, refer). */
export function intake(r: Run, what: string): void {
  requireRole(r.ctx.actor, STATION_ROLES, what);
  requireOnDuty(r.ctx.actor, what);
  guardRegistered(r.state, what);
  if (!INTAKE_STATUSES.includes(r.state.status)) {
    refuse(
      "INTAKE_ALREADY_DECIDED",
      `该事项已经受理（当前：${MATTER_STATUS_LABELS[r.state.status]}），不能再${what}`,
      r.state,
    );
  }
}

/** 退回（不予受理）with its written reason. */
export function reject(r: Run, cmd: CommandOf<"reject">): MatterEvent[] {
  intake(r, "退回");
  return [r.emit("rejected", { reason: cmd.reason })];
}

/** 告知: the body to apply to is recorded. */
export function refer(r: Run, cmd: CommandOf<"refer">): MatterEvent[] {
  intake(r, "告知");
  return [r.emit("referred", { body: cmd.body, note: cmd.note ?? null })];
}

export function requestSupplement(r: Run, cmd: CommandOf<"requestSupplement">): MatterEvent[] {
  intake(r, "出具补交材料清单");
  const item = r.ctx.item;
  const defectiveKeys = new Set<string>();
  const defective: SupplementLine[] = [];
  for (const d of cmd.defective) {
    const def = item.materials.find((m) => m.key === d.key);
    if (!def) throw new DomainError("UNKNOWN_MATERIAL", `「${item.name}」的材料清单中没有编号为${d.key}的材料`, { key: d.key });
    if (defectiveKeys.has(d.key)) throw new DomainError("DUPLICATE_MATERIAL", `材料${d.key}重复填写`, { key: d.key });
    defectiveKeys.add(d.key);
    if (!r.state.materials.some((m) => m.key === d.key)) continue; // not handed in: listed as missing below
    defective.push({ key: def.key, name: def.name, form: def.form, count: def.count, why: "defective", detail: d.problem });
  }
  const kept = r.state.materials.filter((m) => !defectiveKeys.has(m.key));
  const missing = r.state.mode === "consultation" ? [] : missingMaterials(item, kept).filter((l) => !defective.some((d) => d.key === l.key));
  const lines = [...missing, ...defective];
  if (lines.length === 0) refuse("NOTHING_MISSING", "材料已齐全，无需补交，应直接受理", r.state);
  return [r.emit("supplementRequested", { lines, note: cmd.note ?? null })];
}

export function supplyMaterials(r: Run, cmd: CommandOf<"supplyMaterials">): MatterEvent[] {
  const what = "登记补交材料";
  requireRole(r.ctx.actor, STATION_ROLES, what);
  requireOnDuty(r.ctx.actor, what);
  guardRegistered(r.state, what);
  // an online application's materials are handed in at the counter for the first time (R-API-1)
  const firstHandIn = r.state.status === "registered" && filedOnline(r.state);
  if (r.state.status === "registered" && !firstHandIn) refuse("NOT_AWAITING_SUPPLEMENT", "该事项没有出具补交材料清单，无需补交", r.state);
  if (r.state.status !== "awaitingSupplement" && !firstHandIn) {
    refuse("INTAKE_ALREADY_DECIDED", `该事项已经受理（当前：${MATTER_STATUS_LABELS[r.state.status]}），不能再${what}`, r.state);
  }
  const supplied = checkMaterialKeys(r.ctx.item, cmd.materials);
  const all = [...r.state.materials, ...supplied];
  const stillMissing = r.state.mode === "consultation" ? [] : missingMaterials(r.ctx.item, all);
  return [r.emit("materialsSupplied", { supplied, stillMissing })];
}

export function routeFor(state: MatterState, item: ServiceItemVersion): Route {
  if (state.mode === "consultation" || item.level === "village") return "station";
  return item.level === "township" ? "window" : "approvalCenter";
}

export function accept(r: Run, cmd: CommandOf<"accept">): MatterEvent[] {
  intake(r, "受理");
  const { ctx, state } = r;
  const item = ctx.item;
  if (state.mode !== "consultation") {
    const missing = missingMaterials(item, state.materials);
    if (missing.length > 0) {
      throw new DomainError(
        "MATERIALS_INCOMPLETE",
        `材料不齐全，不能受理：${missing.map((m) => `${m.name}${m.detail}`).join("；")}。请出具补交材料清单`,
        { missing },
      );
    }
  }
  if (!ctx.receiptNo) throw new DomainError("RECEIPT_NO_MISSING", "受理须分配收件回执单编号", {});
  const inScope = (ctx.actor.scope ?? []).includes(item.code);
  const responsible = cmd.responsibleAgent ?? (inScope ? agentOf(ctx.actor) : null);
  if (!responsible) {
    throw new DomainError(
      "RESPONSIBLE_AGENT_REQUIRED",
      `「${item.name}」不在你的归口范围内：按首问负责制由你受理并保管材料，请指定该事项的归口代办员，以便移交`,
      {},
    );
  }
  const acceptedOn = shanghaiDate(r.at);
  const explanation = explainWorkdays(ctx.calendar, acceptedOn, item.timeLimitDays);
  return [
    r.emit("accepted", {
      receiptNo: ctx.receiptNo,
      acceptedOn,
      timeLimitDays: item.timeLimitDays,
      promisedDate: explanation.end,
      deadlineExplanation: explanation.text,
      route: routeFor(state, item),
      firstContactAgent: agentOf(ctx.actor),
      responsibleAgent: responsible,
    }),
  ];
}
