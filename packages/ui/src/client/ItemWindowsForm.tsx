"use client";
import { useState } from "react";
import { FieldError, FormError } from "./FieldError";
import { trpc } from "./trpc";
import { useAction } from "./useAction";

export interface TownshipWindows {
  townshipId: string;
  townshipName: string;
  windows: { windowId: string; number: number; name: string; handles: boolean }[];
}

/** 窗口对应 (R-CAT-2): which window of each township's service centre handles a township-level item (one at most). */
export function ItemWindowsForm({ code, townships }: { code: string; townships: TownshipWindows[] }) {
  const { busy, failure, run } = useAction();
  const [chosen, setChosen] = useState<Record<string, string>>(
    Object.fromEntries(townships.map((t) => [t.townshipId, t.windows.find((w) => w.handles)?.windowId ?? ""])),
  );
  const [saved, setSaved] = useState(false);
  const missing = townships.filter((t) => !chosen[t.townshipId]).length;
  return (
    <form
      aria-label="窗口对应"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        setSaved(false);
        void run(() => trpc.catalog.setWindows.mutate({ code, windowIds: Object.values(chosen).filter(Boolean) })).then((r) => setSaved(r !== null));
      }}
    >
      <FormError failure={failure} />
      {saved ? (
        <p className="alert ok" role="status">
          窗口对应已保存。
        </p>
      ) : null}
      {missing > 0 ? (
        <p className="alert warn" role="status">
          还有 {missing} 个乡镇（街道）未指定办理窗口，这些乡镇的代办员无法将该事项转交中心窗口。
        </p>
      ) : null}
      <table className="table compact" data-testid="item-windows">
        <thead>
          <tr>
            <th>乡镇（街道）</th>
            <th>办理窗口</th>
          </tr>
        </thead>
        <tbody>
          {townships.map((t) => (
            <tr key={t.townshipId}>
              <td>{t.townshipName}</td>
              <td>
                <select
                  aria-label={`${t.townshipName}办理窗口`}
                  value={chosen[t.townshipId] ?? ""}
                  onChange={(e) => {
                    setSaved(false);
                    setChosen({ ...chosen, [t.townshipId]: e.target.value });
                  }}
                >
                  <option value="">未指定</option>
                  {t.windows.map((w) => (
                    <option key={w.windowId} value={w.windowId}>
                      {w.number}号窗口 {w.name}
                    </option>
                  ))}
                </select>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <FieldError failure={failure} path="windowIds" />
      <button type="submit" className="btn primary" disabled={busy}>
        {busy ? "正在保存…" : "保存窗口对应"}
      </button>
    </form>
  );
}
