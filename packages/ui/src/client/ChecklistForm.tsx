"use client";
import { useState } from "react";
import type { ChecklistKey } from "@bianmin/domain";
import { FieldError, FormError } from "./FieldError";
import { trpc } from "./trpc";
import { useAction } from "./useAction";

interface Item {
  key: ChecklistKey;
  label: string;
  basis: string;
  passed: boolean;
  note: string | null;
}

/** "" → not given; anything else is sent as typed and checked by the server (whole square metres above 0). */
function areaValue(text: string): number | null {
  return text.trim() === "" ? null : Number(text.trim());
}

/**
 * 规范化建设检查表 (R-ORG-5) as the station head fills it: one checkbox and note per item with its basis in the
 * source, the office area, 保存 and 提交中心确认. The version seen is sent; the server refuses a stale one.
 */
export function ChecklistForm({ version, items, areaM2 }: { version: number; items: Item[]; areaM2: number | null }) {
  const { busy, failure, run } = useAction();
  const [entries, setEntries] = useState(items.map(({ key, passed, note }) => ({ key, passed, note: note ?? "" })));
  const [area, setArea] = useState(areaM2 === null ? "" : String(areaM2));
  const [saved, setSaved] = useState(false);
  const ticked = entries.filter((e) => e.passed).length;

  const change = (i: number, patch: Partial<(typeof entries)[number]>) => {
    setSaved(false);
    setEntries((all) => all.map((e, j) => (j === i ? { ...e, ...patch } : e)));
  };
  const input = () => ({ expectedVersion: version, entries: entries.map((e) => ({ key: e.key, passed: e.passed, note: e.note })), areaM2: areaValue(area) });

  return (
    <form
      noValidate
      data-testid="checklist-form"
      onSubmit={(e) => {
        e.preventDefault();
        setSaved(false);
        void run(() => trpc.standardization.submit.mutate(input()));
      }}
    >
      <FormError failure={failure} />
      {saved ? (
        <p className="alert ok" role="status">
          检查表已保存。全部达标后请提交便民服务中心确认。
        </p>
      ) : null}
      <table className="table checklist">
        <thead>
          <tr>
            <th>依据</th>
            <th>检查内容</th>
            <th>达标</th>
            <th>说明（选填）</th>
          </tr>
        </thead>
        <tbody>
          {items.map((item, i) => (
            <tr key={item.key}>
              <td className="nowrap">§{item.basis}</td>
              <td>
                <label htmlFor={`ck-${item.key}`}>{item.label}</label>
              </td>
              <td>
                <input id={`ck-${item.key}`} type="checkbox" checked={entries[i]!.passed} onChange={(e) => change(i, { passed: e.target.checked })} />
              </td>
              <td>
                <div className="field" style={{ margin: 0 }}>
                  <input aria-label={`${item.label}的说明`} maxLength={200} value={entries[i]!.note} onChange={(e) => change(i, { note: e.target.value })} />
                  <FieldError failure={failure} path={`entries.${i}.note`} />
                </div>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="muted">
        已勾选 {ticked} / {items.length} 项。
      </p>
      <div className="field" style={{ maxWidth: 320 }}>
        <label htmlFor="ck-area">办公场所面积（平方米）</label>
        <input
          id="ck-area"
          inputMode="numeric"
          value={area}
          onChange={(e) => {
            setSaved(false);
            setArea(e.target.value);
          }}
        />
        <FieldError failure={failure} path="areaM2" />
      </div>
      <div className="action-buttons">
        <button type="button" className="btn" disabled={busy} onClick={() => void run(() => trpc.standardization.save.mutate(input())).then((r) => setSaved(r !== null))}>
          {busy ? "正在保存…" : "保存"}
        </button>
        <button type="submit" className="btn primary" disabled={busy}>
          提交中心确认
        </button>
      </div>
    </form>
  );
}
