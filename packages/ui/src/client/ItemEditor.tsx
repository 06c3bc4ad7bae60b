"use client";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { CATEGORIES, CATEGORY_LABELS, LEVELS, LEVEL_LABELS, MATERIAL_FORMS, MATERIAL_FORM_LABELS, nextEntryKey } from "@bianmin/domain";
import type { Fee, ItemContent, Material } from "@bianmin/domain";
import { FieldError, FormError } from "./FieldError";
import { trpc } from "./trpc";
import { useAction } from "./useAction";

/** A fee as typed: the amount in yuan as text, turned into fen on sending (the server checks the number). */
type FeeDraft = Omit<Fee, "amountFen"> & { amountYuan: string };

const BLANK: ItemContent = {
  name: "",
  category: "certificate",
  level: "village",
  handlingBody: "",
  legalBasis: "",
  conditions: "",
  materials: [],
  fees: [],
  timeLimitDays: 0,
  inPerson: false,
  needsReview: false,
  needsSurvey: false,
  guide: "",
};

function yuanToFen(text: string): number {
  const t = text.trim();
  return t === "" ? Number.NaN : Math.round(Number(t) * 100);
}

function move<T>(list: T[], i: number, by: -1 | 1): T[] {
  const j = i + by;
  if (j < 0 || j >= list.length) return list;
  const out = [...list];
  [out[i], out[j]] = [out[j]!, out[i]!];
  return out;
}

/**
 * 事项编辑 (R-CAT-2, R-CAT-3) for the district administrator: every field of a guide, with materials and fees as
 * editable lists. A new item is created as version 1; a revision is published as the next version against the
 * version the editor was opened on (a stale one is refused) and leaves earlier versions as they were.
 */
export function ItemEditor(props: { mode: "create" } | { mode: "revise"; code: string; version: number; initial: ItemContent }) {
  const router = useRouter();
  const { busy, failure, run } = useAction();
  const initial = props.mode === "revise" ? props.initial : BLANK;
  const [code, setCode] = useState("");
  const [v, setV] = useState({ ...initial, timeLimitDays: String(initial.timeLimitDays) });
  const [materials, setMaterials] = useState<Material[]>(initial.materials);
  const [fees, setFees] = useState<FeeDraft[]>(initial.fees.map(({ amountFen, ...f }) => ({ ...f, amountYuan: (amountFen / 100).toFixed(2) })));
  const [note, setNote] = useState("");
  const set = <K extends keyof typeof v>(k: K, value: (typeof v)[K]) => setV((old) => ({ ...old, [k]: value }));
  const setMaterial = (i: number, patch: Partial<Material>) => setMaterials((all) => all.map((m, j) => (j === i ? { ...m, ...patch } : m)));
  const setFee = (i: number, patch: Partial<FeeDraft>) => setFees((all) => all.map((f, j) => (j === i ? { ...f, ...patch } : f)));

  const definition = (): ItemContent => ({
    ...v,
    timeLimitDays: v.timeLimitDays.trim() === "" ? Number.NaN : Number(v.timeLimitDays),
    materials,
    fees: fees.map(({ amountYuan, ...f }) => ({ ...f, amountFen: yuanToFen(amountYuan) })),
  });
  const p = (path: string) => `definition.${path}`;

  const submit = () =>
    props.mode === "create"
      ? run(
          () => trpc.catalog.create.mutate({ definition: { ...definition(), code } }),
          (r) => router.push(`/catalog/${r.code}/edit?created=1`),
        )
      : run(
          () => trpc.catalog.revise.mutate({ code: props.code, expectedVersion: props.version, definition: definition(), note }),
          () => router.push(`/catalog/${props.code}/versions`),
        );

  return (
    <form
      aria-label={props.mode === "create" ? "新增事项" : "修订事项"}
      noValidate
      data-testid="item-editor"
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <FormError failure={failure} />
      <div className="form-grid">
        {props.mode === "create" ? (
          <div className="field">
            <label htmlFor="i-code">事项编码</label>
            <input id="i-code" value={code} maxLength={8} placeholder="如 ZZ-014" onChange={(e) => setCode(e.target.value.toUpperCase())} />
            <FieldError failure={failure} path={p("code")} />
          </div>
        ) : null}
        <div className="field">
          <label htmlFor="i-name">事项名称</label>
          <input id="i-name" value={v.name} maxLength={100} onChange={(e) => set("name", e.target.value)} />
          <FieldError failure={failure} path={p("name")} />
        </div>
        <div className="field">
          <label htmlFor="i-category">服务类别</label>
          <select id="i-category" value={v.category} onChange={(e) => set("category", e.target.value as ItemContent["category"])}>
            {CATEGORIES.map((c) => (
              <option key={c} value={c}>
                {CATEGORY_LABELS[c]}
              </option>
            ))}
          </select>
          <FieldError failure={failure} path={p("category")} />
        </div>
        <div className="field">
          <label htmlFor="i-level">办理层级</label>
          <select id="i-level" value={v.level} onChange={(e) => set("level", e.target.value as ItemContent["level"])}>
            {LEVELS.map((l) => (
              <option key={l} value={l}>
                {LEVEL_LABELS[l]}
              </option>
            ))}
          </select>
          <FieldError failure={failure} path={p("level")} />
        </div>
        <div className="field">
          <label htmlFor="i-body">办理机关</label>
          <input id="i-body" value={v.handlingBody} maxLength={100} onChange={(e) => set("handlingBody", e.target.value)} />
          <FieldError failure={failure} path={p("handlingBody")} />
        </div>
        <div className="field">
          <label htmlFor="i-limit">承诺时限（工作日，0 为即办件）</label>
          <input id="i-limit" type="number" min={0} max={365} value={v.timeLimitDays} onChange={(e) => set("timeLimitDays", e.target.value)} />
          <FieldError failure={failure} path={p("timeLimitDays")} />
        </div>
      </div>
      <div className="choice-row">
        {(
          [
            ["inPerson", "须本人到场（不能委托代办）"],
            ["needsReview", "需领导审核"],
            ["needsSurvey", "需实地调查"],
          ] as const
        ).map(([k, label]) => (
          <label key={k} className="fee" htmlFor={`i-${k}`}>
            <input id={`i-${k}`} type="checkbox" checked={v[k]} onChange={(e) => set(k, e.target.checked)} />
            {label}
          </label>
        ))}
      </div>
      {(
        [
          ["conditions", "受理条件", 2000, 3],
          ["legalBasis", "法律依据", 1000, 3],
          ["guide", "办事指南", 5000, 5],
        ] as const
      ).map(([k, label, max, rows]) => (
        <div className="field" key={k}>
          <label htmlFor={`i-${k}`}>{label}</label>
          <textarea id={`i-${k}`} rows={rows} maxLength={max} value={v[k]} onChange={(e) => set(k, e.target.value)} />
          <FieldError failure={failure} path={p(k)} />
        </div>
      ))}

      <h3>申请材料</h3>
      <FieldError failure={failure} path={p("materials")} />
      <table className="table compact" data-testid="materials-editor">
        <thead>
          <tr>
            <th>序号</th>
            <th>材料名称</th>
            <th>原件/复印件</th>
            <th className="num">份数</th>
            <th>必需</th>
            <th>操作</th>
          </tr>
        </thead>
        <tbody>
          {materials.map((m, i) => (
            <tr key={m.key}>
              <td>{i + 1}</td>
              <td>
                <input aria-label={`第${i + 1}项材料名称`} value={m.name} maxLength={100} onChange={(e) => setMaterial(i, { name: e.target.value })} />
                <FieldError failure={failure} path={p(`materials.${i}.name`)} />
                <FieldError failure={failure} path={p(`materials.${i}.key`)} />
              </td>
              <td>
                <select aria-label={`第${i + 1}项材料形式`} value={m.form} onChange={(e) => setMaterial(i, { form: e.target.value as Material["form"] })}>
                  {MATERIAL_FORMS.map((f) => (
                    <option key={f} value={f}>
                      {MATERIAL_FORM_LABELS[f]}
                    </option>
                  ))}
                </select>
              </td>
              <td className="num">
                <input
                  aria-label={`第${i + 1}项材料份数`}
                  type="number"
                  min={1}
                  max={20}
                  value={Number.isNaN(m.count) ? "" : m.count}
                  onChange={(e) => setMaterial(i, { count: e.target.value === "" ? Number.NaN : Number(e.target.value) })}
                />
                <FieldError failure={failure} path={p(`materials.${i}.count`)} />
              </td>
              <td>
                <input aria-label={`第${i + 1}项材料必需`} type="checkbox" checked={m.required} onChange={(e) => setMaterial(i, { required: e.target.checked })} />
              </td>
              <td className="nowrap">
                <button type="button" className="btn ghost" aria-label="上移" disabled={i === 0} onClick={() => setMaterials((all) => move(all, i, -1))}>
                  ↑
                </button>
                <button type="button" className="btn ghost" aria-label="下移" disabled={i === materials.length - 1} onClick={() => setMaterials((all) => move(all, i, 1))}>
                  ↓
                </button>
                <button type="button" className="btn ghost" onClick={() => setMaterials((all) => all.filter((_, j) => j !== i))}>
                  删除
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <button
        type="button"
        className="btn"
        onClick={() => setMaterials((all) => [...all, { key: nextEntryKey("m", all.map((m) => m.key)), name: "", form: "original", count: 1, required: true }])}
      >
        添加材料
      </button>

      <h3>收费标准及依据</h3>
      <FieldError failure={failure} path={p("fees")} />
      {fees.length === 0 ? <p className="muted">不收取任何费用。</p> : null}
      {fees.length > 0 ? (
        <table className="table compact" data-testid="fees-editor">
          <thead>
            <tr>
              <th>收费项目</th>
              <th className="num">金额（元）</th>
              <th>收费依据</th>
              <th>操作</th>
            </tr>
          </thead>
          <tbody>
            {fees.map((f, i) => (
              <tr key={f.key}>
                <td>
                  <input aria-label={`第${i + 1}项收费项目名称`} value={f.name} maxLength={100} onChange={(e) => setFee(i, { name: e.target.value })} />
                  <FieldError failure={failure} path={p(`fees.${i}.name`)} />
                </td>
                <td className="num">
                  <input aria-label={`第${i + 1}项收费金额`} inputMode="decimal" value={f.amountYuan} onChange={(e) => setFee(i, { amountYuan: e.target.value })} />
                  <FieldError failure={failure} path={p(`fees.${i}.amountFen`)} />
                </td>
                <td>
                  <input aria-label={`第${i + 1}项收费依据`} value={f.basis} maxLength={300} onChange={(e) => setFee(i, { basis: e.target.value })} />
                  <FieldError failure={failure} path={p(`fees.${i}.basis`)} />
                </td>
                <td>
                  <button type="button" className="btn ghost" onClick={() => setFees((all) => all.filter((_, j) => j !== i))}>
                    删除
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      <button type="button" className="btn" onClick={() => setFees((all) => [...all, { key: nextEntryKey("f", all.map((f) => f.key)), name: "", amountYuan: "", basis: "" }])}>
        添加收费项目
      </button>

      {props.mode === "revise" ? (
        <div className="field">
          <label htmlFor="i-note">修订说明（记入版本历史）</label>
          <textarea id="i-note" rows={2} maxLength={300} value={note} onChange={(e) => setNote(e.target.value)} />
          <FieldError failure={failure} path="note" />
        </div>
      ) : null}
      <p className="muted small">
        {props.mode === "revise"
          ? `发布后成为第 ${props.version + 1} 版；已登记的事项仍按其登记时的版本办理和出具回执。`
          : "保存后成为第 1 版。"}
      </p>
      <button type="submit" className="btn primary big" disabled={busy}>
        {busy ? "正在保存…" : props.mode === "revise" ? "发布新版本" : "新增事项"}
      </button>
    </form>
  );
}
