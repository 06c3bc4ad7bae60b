"use client";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { INSPECTION_CHECKS } from "@bianmin/domain";
import type { InspectionCheckKey } from "@bianmin/domain";
import { FieldError, FormError } from "./FieldError";
import { trpc } from "./trpc";
import { useAction } from "./useAction";

interface StationChoice {
  stationId: string;
  villageName: string;
  staff: { userId: string; name: string; isHead: boolean }[];
}
interface TownshipChoice {
  townshipId: string;
  townshipName: string;
  stations: StationChoice[];
}

type Answer = { passed: boolean | null; note: string; agentId: string };
const blank = (): Record<InspectionCheckKey, Answer> =>
  Object.fromEntries(INSPECTION_CHECKS.map((c) => [c.key, { passed: null, note: "", agentId: "" }])) as Record<InspectionCheckKey, Answer>;

/**
 * 录入明察暗访 (R-SUP-2): the station (grouped by township), the date, each check passed or failed — a failed one
 * with what was found and, if it concerns one person, who — and the rectifications required with their deadlines
 * in working days. Unanswered checks are not sent: the server names each one missing.
 */
export function InspectionForm({ townships, today, centerLabel }: { townships: TownshipChoice[]; today: string; centerLabel: string }) {
  const router = useRouter();
  const { busy, failure, run } = useAction();
  const [stationId, setStationId] = useState("");
  const [inspectedOn, setInspectedOn] = useState(today);
  const [answers, setAnswers] = useState(blank);
  const [note, setNote] = useState("");
  const [rects, setRects] = useState<{ requirement: string; days: string }[]>([]);
  const staff = townships.flatMap((t) => t.stations).find((s) => s.stationId === stationId)?.staff ?? [];
  const answer = (key: InspectionCheckKey, patch: Partial<Answer>) => setAnswers((a) => ({ ...a, [key]: { ...a[key], ...patch } }));
  const answered = INSPECTION_CHECKS.filter((c) => answers[c.key].passed !== null);
  const indexOf = (key: InspectionCheckKey) => answered.findIndex((c) => c.key === key);

  function submit() {
    const input = {
      stationId,
      inspectedOn,
      note,
      findings: answered.map((c) => {
        const a = answers[c.key];
        return { check: c.key, passed: a.passed === true, note: a.passed ? null : a.note, agentId: !a.passed && a.agentId ? a.agentId : null };
      }),
      rectifications: rects.map((r) => ({ requirement: r.requirement, days: r.days.trim() === "" ? Number.NaN : Number(r.days) })),
    };
    void run(
      () => trpc.inspection.record.mutate(input),
      (r) => router.push(`/inspections/${r.id}`),
    );
  }

  return (
    <form
      noValidate
      data-testid="inspection-form"
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      <FormError failure={failure} />
      <section className="card">
        <h2>检查对象</h2>
        <p className="muted small">检查单位：{centerLabel}</p>
        <div className="choice-row">
          <div className="field">
            <label htmlFor="insp-station">被检查代办站</label>
            <select id="insp-station" value={stationId} onChange={(e) => setStationId(e.target.value)}>
              <option value="">请选择代办站</option>
              {townships.map((t) => (
                <optgroup key={t.townshipId} label={t.townshipName}>
                  {t.stations.map((s) => (
                    <option key={s.stationId} value={s.stationId}>
                      {s.villageName}
                    </option>
                  ))}
                </optgroup>
              ))}
            </select>
            <FieldError failure={failure} path="stationId" />
          </div>
          <div className="field">
            <label htmlFor="insp-date">检查日期</label>
            <input id="insp-date" type="date" max={today} value={inspectedOn} onChange={(e) => setInspectedOn(e.target.value)} />
            <FieldError failure={failure} path="inspectedOn" />
          </div>
        </div>
      </section>

      <section className="card">
        <h2>检查结果</h2>
        <FieldError failure={failure} path="findings" />
        <table className="table">
          <thead>
            <tr>
              <th>检查内容</th>
              <th>结果</th>
              <th>发现的问题（未通过时必填）</th>
              <th>涉及代办员（选填）</th>
            </tr>
          </thead>
          <tbody>
            {INSPECTION_CHECKS.map((c) => {
              const a = answers[c.key];
              const i = indexOf(c.key);
              return (
                <tr key={c.key} data-check={c.key}>
                  <td>{c.label}</td>
                  <td className="nowrap">
                    <label>
                      <input type="radio" name={`check-${c.key}`} aria-label={`${c.label}：通过`} checked={a.passed === true} onChange={() => answer(c.key, { passed: true })} /> 通过
                    </label>{" "}
                    <label>
                      <input type="radio" name={`check-${c.key}`} aria-label={`${c.label}：未通过`} checked={a.passed === false} onChange={() => answer(c.key, { passed: false })} /> 未通过
                    </label>
                  </td>
                  <td>
                    {a.passed === false ? (
                      <div className="field" style={{ margin: 0 }}>
                        <input aria-label={`${c.label}发现的问题`} maxLength={200} value={a.note} onChange={(e) => answer(c.key, { note: e.target.value })} />
                        {i >= 0 ? <FieldError failure={failure} path={`findings.${i}.note`} /> : null}
                      </div>
                    ) : (
                      <span className="muted">—</span>
                    )}
                  </td>
                  <td>
                    {a.passed === false ? (
                      <div className="field" style={{ margin: 0 }}>
                        <select aria-label={`${c.label}涉及代办员`} value={a.agentId} onChange={(e) => answer(c.key, { agentId: e.target.value })}>
                          <option value="">全站（不涉及个人）</option>
                          {staff.map((s) => (
                            <option key={s.userId} value={s.userId}>
                              {s.name}
                              {s.isHead ? "（站长）" : ""}
                            </option>
                          ))}
                        </select>
                        {i >= 0 ? <FieldError failure={failure} path={`findings.${i}.agentId`} /> : null}
                      </div>
                    ) : (
                      <span className="muted">—</span>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
        <div className="field">
          <label htmlFor="insp-note">检查情况说明（选填）</label>
          <textarea id="insp-note" rows={2} maxLength={500} value={note} onChange={(e) => setNote(e.target.value)} />
          {/* exactly "note": FieldError would also match a finding's note ("findings.3.note") */}
          {failure?.fieldErrors.note ? (
            <span className="field-error" role="alert">
              {failure.fieldErrors.note}
            </span>
          ) : null}
        </div>
      </section>

      <section className="card">
        <h2>整改要求</h2>
        <p className="muted small">整改期限按工作日计算，自检查日期的次一个工作日起算；代办站站长报告整改情况后，由乡镇（街道）便民服务中心确认。</p>
        {rects.map((r, i) => (
          <div key={i} className="choice-row" data-testid="rectification-input">
            <div className="field">
              <label htmlFor={`rect-req-${i}`}>整改要求{i + 1}</label>
              <textarea id={`rect-req-${i}`} rows={2} maxLength={500} value={r.requirement} onChange={(e) => setRects((all) => all.map((x, j) => (j === i ? { ...x, requirement: e.target.value } : x)))} />
              <FieldError failure={failure} path={`rectifications.${i}.requirement`} />
            </div>
            <div className="field">
              <label htmlFor={`rect-days-${i}`}>整改期限（工作日）</label>
              <input id={`rect-days-${i}`} type="number" min={1} max={60} inputMode="numeric" value={r.days} onChange={(e) => setRects((all) => all.map((x, j) => (j === i ? { ...x, days: e.target.value } : x)))} />
              <FieldError failure={failure} path={`rectifications.${i}.days`} />
              <button type="button" className="btn" onClick={() => setRects((all) => all.filter((_, j) => j !== i))}>
                删除此条
              </button>
            </div>
          </div>
        ))}
        <button type="button" className="btn" onClick={() => setRects((all) => [...all, { requirement: "", days: "5" }])}>
          添加整改要求
        </button>
      </section>

      <div className="action-buttons">
        <button type="submit" className="btn primary" disabled={busy}>
          {busy ? "正在提交…" : "提交检查记录"}
        </button>
        <span className="muted small">现场照片（选填）可在提交后在检查记录页面上传。</span>
      </div>
    </form>
  );
}
