import { beforeAll, describe, expect, it } from "vitest";
import { auditLog } from "@bianmin/db";
import type { Db } from "@bianmin/db";
import { freshDb } from "@bianmin/db/testing";
import { callerAs, codeOf } from "../test-helpers";

let db: Db;
beforeAll(async () => {
  ({ db } = await freshDb());
});

describe("attendance", () => {
  it("R-RUL-5 an agent clocks on and off; the station sees who is on duty; each is audited", async () => {
    const on = await callerAs(db, "zhangli-1", "2026-03-02T08:30:00+08:00");
    expect((await on.attendance.status()).me.onDuty).toBe(false);
    await on.attendance.clockOn();
    const status = await on.attendance.status();
    expect(status.me.onDuty).toBe(true);
    expect(status.staff.find((s) => s.name === status.today[0]?.name)?.onDuty).toBe(true);
    expect(await codeOf(on.attendance.clockOn())).toBe("BAD_REQUEST");
    const off = await callerAs(db, "zhangli-1", "2026-03-02T17:30:00+08:00");
    await off.attendance.clockOff();
    expect((await off.attendance.status()).me.onDuty).toBe(false);
    expect(await codeOf(off.attendance.clockOff())).toBe("BAD_REQUEST");
    const audits = await db.select().from(auditLog);
    expect(audits.filter((a) => a.action.startsWith("attendance.")).length).toBe(2);
  });

  it("R-RUL-5 only station staff clock on", async () => {
    expect(await codeOf((await callerAs(db, "mazhai-staff")).attendance.clockOn())).toBe("FORBIDDEN");
  });
});
