"use client";
import { useMemo, useState } from "react";
import { useRouter } from "next/navigation";
import { CATEGORY_LABELS, LEVEL_LABELS, MATERIAL_FORM_LABELS } from "@bianmin/domain";
import type { ServiceItemVersion } from "@bianmin/domain";
import { FieldError, FormError } from "./FieldError";
import { trpc } from "./trpc";
import { useAction } from "./useAction";

type Mode = "agency" | "assisted" | "consultation";
type Decision = "accept" | "requestSupplement" | "reject" | "refer";

export interface WizardStaff {
  userId: string;
  name: string;
}

/** A cadre reception's request being registered (R-RUL-2): who came and what they asked, linked back after registration. */
export interface ReceptionPrefill {
  receptionId: string;
  requestIndex: number;
  applicantName: string;
  note: string;
}

const yuan = (fen: number) => `${(fen / 100).toFixed(2)} 元`;

/**
 * 登记 and the intake decision in one screen (R-INT-1..4, R-INT-7): applicant, item, mode, materials checklist,
 * statutory fees, then accept / supplement / reject / refer. The idempotency key is made once per form, so a
 * double click or a retry registers one matter.
 */
export function IntakeWizard({ items, staff, today, onDuty, fromReception }: { items: ServiceItemVersion[]; staff: WizardStaff[]; today: string; onDuty: boolean; fromReception?: ReceptionPrefill }) {
  const router = useRouter();
  const { busy, failure, run, setFailure } = useAction();
  const [key] = useState(() => crypto.randomUUID());
  const [registeredId, setRegisteredId] = useState<string | null>(null);
  const [applicant, setApplicant] = useState({ name: fromReception?.applicantName ?? "", phone: "", idNumber: "", address: "" });
  const [query, setQuery] = useState("");
  const [code, setCode] = useState<string | null>(null);
  const [mode, setMode] = useState<Mode>("assisted");
  const [agentId, setAgentId] = useState(staff[0]?.userId ?? "");
  const [handed, setHanded] = useState<Record<string, number>>({});
  const [fees, setFees] = useState<Record<string, boolean>>({});
  const [note, setNote] = useState(fromReception?.note ?? "");
  const [reason, setReason] = useState("");
  const [body, setBody] = useState("");
  const [decision, setDecision] = useState<Decision | null>(null);

  const item = items.find((i) => i.code === code) ?? null;
  const matches = useMemo(() => {
    const q = query.trim();
    return q ? items.filter((i) => i.name.includes(q) || i.code.includes(q.toUpperCase())) : items;
  }, [items, query]);
  const missing = item ? item.materials.filter((m) => m.required && (handed[m.key] ?? 0) < m.count) : [];

  function pick(i: ServiceItemVersion) {
    setCode(i.code);
    setMode(i.category === "consultation" ? "consultation" : "assisted");
    setHanded({});
    setFees(Object.fromEntries(i.fees.map((f) => [f.key, true])));
  }

  function command() {
    return {
      type: "register" as const,
      itemCode: code ?? "",
      applicant: { name: applicant.name, phone: applicant.phone, address: applicant.address, ...(applicant.idNumber.trim() ? { idNumber: applicant.idNumber.trim() } : {}) },
      mode,
      ...(mode === "agency" && item
        ? { authorization: { agentId, agentName: staff.find((s) => s.userId === agentId)?.name ?? "", signedOn: today, scope: item.name } }
        : {}),
      materials: Object.entries(handed)
        .filter(([, n]) => n > 0)
        .map(([k, n]) => ({ key: k, count: n })),
      fees: item ? item.fees.filter((f) => fees[f.key]).map((f) => ({ key: f.key, amountFen: f.amountFen })) : [],
      ...(note.trim() ? { note: note.trim() } : {}),
    };
  }

  async function submit(d: Decision) {
    setDecision(d);
    if (!item) {
      setFailure({ message: "请先选择申办事项", fieldErrors: {} });
      return;
    }
    await run(
      async () => {
        const matterId = registeredId ?? (await trpc.matter.register.mutate({ idempotencyKey: key, command: command() })).matterId;
        setRegisteredId(matterId);
        if (fromReception) await trpc.reception.linkMatter.mutate({ receptionId: fromReception.receptionId, requestIndex: fromReception.requestIndex, matterId });
        const cmd =
          d === "accept"
            ? { type: "accept" as const }
            : d === "requestSupplement"
              ? { type: "requestSupplement" as const }
              : d === "reject"
                ? { type: "reject" as const, reason }
                : { type: "refer" as const, body };
        await trpc.matter.act.mutate({ matterId, expectedVersion: 1, command: cmd });
        return matterId;
      },
      (matterId) => router.push(`/matters/${matterId}?done=${d}`),
    );
  }

  if (!onDuty) {
    return (
      <div className="alert warn" role="status">
        您当前未签到在岗。请先在「工作台」签到上岗，再登记便民服务事项。
      </div>
    );
  }

  return (
    <form className="wizard" onSubmit={(e) => e.preventDefault()} noValidate>
      <FormError failure={failure} />
      {fromReception ? (
        <p className="alert ok" role="status" data-testid="from-reception">
          {fromReception.note}（登记后该诉求将标记为已登记）
        </p>
      ) : null}
      {registeredId ? (
        <div className="alert warn" role="status">
          事项已登记，但受理决定未完成：请按提示修改后再次提交，或 <a href={`/matters/${registeredId}`}>打开该事项</a>。
        </div>
      ) : null}

      <section className="card">
        <h2>第一步 · 申请人</h2>
        <div className="form-grid">
          <div className="field">
            <label htmlFor="a-name">姓名</label>
            <input id="a-name" value={applicant.name} onChange={(e) => setApplicant({ ...applicant, name: e.target.value })} maxLength={50} autoFocus disabled={!!registeredId} />
            <FieldError failure={failure} path="applicant.name" />
          </div>
          <div className="field">
            <label htmlFor="a-phone">联系电话</label>
            <input id="a-phone" inputMode="tel" value={applicant.phone} onChange={(e) => setApplicant({ ...applicant, phone: e.target.value })} maxLength={20} disabled={!!registeredId} />
            <FieldError failure={failure} path="applicant.phone" />
          </div>
          <div className="field">
            <label htmlFor="a-id">身份证号（选填）</label>
            <input id="a-id" value={applicant.idNumber} onChange={(e) => setApplicant({ ...applicant, idNumber: e.target.value })} maxLength={18} autoComplete="off" disabled={!!registeredId} />
            <FieldError failure={failure} path="applicant.idNumber" />
          </div>
          <div className="field">
            <label htmlFor="a-address">住址</label>
            <input id="a-address" value={applicant.address} onChange={(e) => setApplicant({ ...applicant, address: e.target.value })} maxLength={200} disabled={!!registeredId} />
            <FieldError failure={failure} path="applicant.address" />
          </div>
        </div>
      </section>

      <section className="card">
        <h2>第二步 · 申办事项</h2>
        {item ? (
          <div className="picked">
            <div>
              <strong data-testid="picked-item">{item.name}</strong>
              <span className="muted small">
                （{item.code} · {CATEGORY_LABELS[item.category]} · {LEVEL_LABELS[item.level]} · {item.timeLimitDays === 0 ? "即办件" : `承诺 ${item.timeLimitDays} 个工作日`}）
              </span>
            </div>
            {registeredId ? null : (
              <button type="button" className="btn" onClick={() => setCode(null)}>
                重新选择
              </button>
            )}
          </div>
        ) : (
          <>
            <div className="field">
              <label htmlFor="item-q">搜索事项（名称或编码）</label>
              <input
                id="item-q"
                value={query}
                onChange={(e) => setQuery(e.target.value)}
                onKeyDown={(e) => {
                  if (e.key === "Enter" && matches[0]) {
                    e.preventDefault();
                    pick(matches[0]);
                  }
                }}
                placeholder="例如：低保、证明、法律"
              />
            </div>
            <div className="item-list" role="listbox" aria-label="事项">
              {matches.map((i) => (
                <button type="button" role="option" aria-selected={false} key={i.code} className="item-option" onClick={() => pick(i)}>
                  <span>{i.name}</span>
                  <span className="muted small">
                    {i.code} · {i.timeLimitDays === 0 ? "即办" : `${i.timeLimitDays}个工作日`}
                  </span>
                </button>
              ))}
              {matches.length === 0 ? <p className="muted">没有找到该事项。不属于本站代办范围的，请在下方选择「告知」。</p> : null}
            </div>
          </>
        )}
        <FieldError failure={failure} path="itemCode" />
      </section>

      {item ? (
        <>
          <section className="card">
            <h2>第三步 · 服务方式</h2>
            <div className="choice-row" role="radiogroup" aria-label="服务方式">
              {(
                [
                  ["agency", "代办", "申请人授权委托代办员办理"],
                  ["assisted", "协办", "申请人不授权，代办站协助办理"],
                  ["consultation", "咨询", "解答咨询并登记"],
                ] as const
              ).map(([m, label, hint]) => {
                const disabled = (m === "agency" && item.inPerson) || (item.category === "consultation" ? m !== "consultation" : m === "consultation") || !!registeredId;
                return (
                  <label key={m} className={`choice${mode === m ? " on" : ""}${disabled ? " off" : ""}`}>
                    <input type="radio" name="mode" value={m} checked={mode === m} disabled={disabled} onChange={() => setMode(m)} />
                    <strong>{label}</strong>
                    <span className="small muted">{hint}</span>
                  </label>
                );
              })}
            </div>
            {item.inPerson ? <p className="alert warn">「{item.name}」须申请人本人到场办理，不能代办；可由代办员协办。</p> : null}
            {mode === "agency" ? (
              <div className="field">
                <label htmlFor="agent">申请人委托的代办员（由申请人自愿选择）</label>
                <select id="agent" value={agentId} onChange={(e) => setAgentId(e.target.value)} disabled={!!registeredId}>
                  {staff.map((s) => (
                    <option key={s.userId} value={s.userId}>
                      {s.name}
                    </option>
                  ))}
                </select>
                <span className="small muted">委托日期 {today}，委托事项「{item.name}」</span>
                <FieldError failure={failure} path="authorization" />
              </div>
            ) : null}
          </section>

          <section className="card">
            <h2>第四步 · 收取材料</h2>
            {item.materials.length === 0 ? (
              <p>本事项无需提交材料。</p>
            ) : (
              <>
                <button type="button" className="btn" disabled={!!registeredId} onClick={() => setHanded(Object.fromEntries(item.materials.map((m) => [m.key, m.count])))}>
                  材料已全部收齐
                </button>
                <table className="table checklist">
                  <thead>
                    <tr>
                      <th>收到</th>
                      <th>材料名称</th>
                      <th>原件/复印件</th>
                      <th className="num">应交份数</th>
                      <th className="num">实收份数</th>
                    </tr>
                  </thead>
                  <tbody>
                    {item.materials.map((m) => (
                      <tr key={m.key}>
                        <td>
                          <input
                            type="checkbox"
                            aria-label={`收到 ${m.name}`}
                            checked={(handed[m.key] ?? 0) > 0}
                            disabled={!!registeredId}
                            onChange={(e) => setHanded({ ...handed, [m.key]: e.target.checked ? m.count : 0 })}
                          />
                        </td>
                        <td>
                          {m.name}
                          {m.required ? null : <span className="tag">视情况提供</span>}
                        </td>
                        <td>{MATERIAL_FORM_LABELS[m.form]}</td>
                        <td className="num">{m.count}</td>
                        <td className="num">
                          <input
                            className="count"
                            type="number"
                            min={0}
                            max={20}
                            aria-label={`${m.name} 实收份数`}
                            value={handed[m.key] ?? 0}
                            disabled={!!registeredId}
                            onChange={(e) => setHanded({ ...handed, [m.key]: Math.max(0, Math.min(20, Number(e.target.value) || 0)) })}
                          />
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
                {missing.length > 0 ? (
                  <p className="alert warn" data-testid="missing-materials">
                    尚缺：{missing.map((m) => m.name).join("、")}
                  </p>
                ) : (
                  <p className="alert ok">材料齐全。</p>
                )}
              </>
            )}
            <FieldError failure={failure} path="materials" />
            <h3>收费</h3>
            {item.fees.length === 0 ? (
              <p>本事项免费代办，不收取任何费用。</p>
            ) : (
              item.fees.map((f) => (
                <label key={f.key} className="fee">
                  <input type="checkbox" checked={!!fees[f.key]} disabled={!!registeredId} onChange={(e) => setFees({ ...fees, [f.key]: e.target.checked })} />
                  {f.name} {yuan(f.amountFen)}（依据：{f.basis}）
                </label>
              ))
            )}
            <FieldError failure={failure} path="fees" />
            <div className="field">
              <label htmlFor="note">备注（选填）</label>
              <input id="note" value={note} onChange={(e) => setNote(e.target.value)} maxLength={500} disabled={!!registeredId} />
            </div>
          </section>
        </>
      ) : null}

      <section className="card">
        <h2>第五步 · 受理决定</h2>
        <div className="decisions">
          <button type="button" className="btn primary big" disabled={busy || !item || missing.length > 0} onClick={() => submit("accept")}>
            受理并打印收件回执单
          </button>
          <button type="button" className="btn big" disabled={busy || !item || missing.length === 0} onClick={() => submit("requestSupplement")}>
            材料不齐，出具补交材料清单
          </button>
        </div>
        <div className="form-grid">
          <div className="field">
            <label htmlFor="reason">退回理由（不符合法律规定时填写）</label>
            <input id="reason" value={reason} onChange={(e) => setReason(e.target.value)} maxLength={500} />
            {decision === "reject" ? <FieldError failure={failure} path="reason" /> : null}
            <button type="button" className="btn" disabled={busy || !item} onClick={() => submit("reject")}>
              退回（不予受理）
            </button>
          </div>
          <div className="field">
            <label htmlFor="body">告知办理机关（不属于本站受理范围时填写）</label>
            <input id="body" value={body} onChange={(e) => setBody(e.target.value)} maxLength={100} />
            {decision === "refer" ? <FieldError failure={failure} path="body" /> : null}
            <button type="button" className="btn" disabled={busy || !item} onClick={() => submit("refer")}>
              告知申请人向该机关申请
            </button>
          </div>
        </div>
      </section>
    </form>
  );
}
