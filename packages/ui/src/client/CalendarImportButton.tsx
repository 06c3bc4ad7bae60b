"use client";
import { FormError } from "./FieldError";
import { trpc } from "./trpc";
import { useAction } from "./useAction";

/** 从节假日数据包导入 (系统管理员, R-DL-1): fill a year from chinese-days; re-importing a covered year replaces it. */
export function CalendarImportButton({ year, covered }: { year: number; covered: boolean }) {
  const { busy, failure, run } = useAction();
  return (
    <div data-testid="calendar-import">
      <FormError failure={failure} />
      <button
        type="button"
        className="btn"
        disabled={busy}
        onClick={() => {
          if (covered && !window.confirm(`重新导入将用节假日数据包覆盖${year}年的现有日历（包括手工修改过的日期），确定吗？`)) return;
          void run(() => trpc.calendar.importYear.mutate({ year }));
        }}
      >
        {busy ? "正在导入…" : covered ? `从节假日数据包重新导入${year}年` : `从节假日数据包导入${year}年`}
      </button>
    </div>
  );
}
