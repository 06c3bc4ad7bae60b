"use client";
import { useState } from "react";
import { FieldError, FormError } from "./FieldError";
import { trpc } from "./trpc";
import { useAction } from "./useAction";
import { FormButtons } from "./FormButtons";

/**
 * The township centre's decision on a submitted checklist (R-ORG-5): confirm it (the station operates from today)
 * or send it back with what must be put right. The version seen is sent.
 */
export function ChecklistReview({ stationId, version }: { stationId: string; version: number }) {
  const { busy, failure, run, setFailure } = useAction();
  const [open, setOpen] = useState<"confirm" | "sendBack" | null>(null);
  const [note, setNote] = useState("");
  const choose = (mode: "confirm" | "sendBack") => {
    setOpen(mode);
    setFailure(null);
  };
  return (
    <div data-testid="checklist-review">
      <div className="action-buttons">
        <button type="button" className={`btn primary${open === "confirm" ? " active" : ""}`} onClick={() => choose("confirm")}>
          确认达标
        </button>
        <button type="button" className={`btn${open === "sendBack" ? " active" : ""}`} onClick={() => choose("sendBack")}>
          退回整改
        </button>
      </div>
      {open ? (
        <form
          className="card"
          aria-label={open === "confirm" ? "确认达标" : "退回整改"}
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            if (open === "confirm") void run(() => trpc.standardization.confirm.mutate({ stationId, expectedVersion: version }));
            else void run(() => trpc.standardization.sendBack.mutate({ stationId, expectedVersion: version, note }));
          }}
        >
          <FormError failure={failure} />
          {open === "confirm" ? (
            <p>确认该代办站规范化建设全部达标。确认后，代办站自今日起为规范运行，计入建设进度。</p>
          ) : (
            <div className="field">
              <label htmlFor="ck-note">退回意见（写明需要整改的内容）</label>
              <textarea id="ck-note" rows={3} maxLength={500} value={note} onChange={(e) => setNote(e.target.value)} />
              <FieldError failure={failure} path="note" />
            </div>
          )}
          <FormButtons busy={busy} label={open === "confirm" ? "确认达标" : "确认退回"} onCancel={() => setOpen(null)} />
        </form>
      ) : null}
    </div>
  );
}
