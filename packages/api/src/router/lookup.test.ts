import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@bianmin/db";
import { freshDb } from "@bianmin/db/testing";
import { APPLICANT, accepted, staffFor } from "../matter-fixture";
import { callerAs, codeOf } from "../test-helpers";
import { LOOKUP_NOT_FOUND } from "../matters/lookup";

let db: Db;
beforeAll(async () => {
  ({ db } = await freshDb());
});

const MON = "2026-03-02T10:00:00+08:00";

describe("public progress lookup", () => {
  it("R-SEC-1 the receipt number or short code with the phone's last four digits shows progress and no personal data", async () => {
    const { covering } = await staffFor(db, "wangzhuang", "ZZ-001");
    const { api, matterId } = await accepted(db, covering[0]!.username, "ZZ-001", MON);
    const receipt = await api.matter.receipt({ matterId });
    const anon = await callerAs(db, null, MON, "203.0.113.9");
    const byCode = await anon.lookup.progress({ code: receipt.lookupCode.toLowerCase(), phoneLast4: APPLICANT.phone.slice(-4) });
    const byNo = await anon.lookup.progress({ code: receipt.receiptNo, phoneLast4: APPLICANT.phone.slice(-4) });
    expect(byCode).toEqual(byNo);
    expect(byCode).toMatchObject({ statusLabel: "办理中", promisedDate: receipt.promisedDate, handler: receipt.station.name });
    const text = JSON.stringify(byCode);
    for (const secret of [APPLICANT.name, APPLICANT.phone, APPLICANT.idNumber, receipt.responsibleAgent.name]) expect(text).not.toContain(secret);
  });

  it("R-SEC-1 wrong pairs get one generic message, and repeated misses are slowed down", async () => {
    const { covering } = await staffFor(db, "wangzhuang", "ZZ-012");
    const { api, matterId } = await accepted(db, covering[0]!.username, "ZZ-012", MON);
    const receipt = await api.matter.receipt({ matterId });
    const anon = await callerAs(db, null, MON, "198.51.100.7");
    const wrongPhone = await anon.lookup.progress({ code: receipt.receiptNo, phoneLast4: "0000" }).catch((e: Error) => e);
    const wrongCode = await anon.lookup.progress({ code: "ZZZZZZZZ", phoneLast4: APPLICANT.phone.slice(-4) }).catch((e: Error) => e);
    expect(wrongPhone).toMatchObject({ code: "NOT_FOUND", message: LOOKUP_NOT_FOUND });
    expect(wrongCode).toMatchObject({ code: "NOT_FOUND", message: LOOKUP_NOT_FOUND });
    for (let i = 0; i < 3; i++) await codeOf(anon.lookup.progress({ code: "ZZZZZZZZ", phoneLast4: "1111" }));
    expect(await codeOf(anon.lookup.progress({ code: receipt.receiptNo, phoneLast4: APPLICANT.phone.slice(-4) }))).toBe("TOO_MANY_REQUESTS");
    // another address is not affected
    const other = await callerAs(db, null, MON, "198.51.100.8");
    expect(await codeOf(other.lookup.progress({ code: receipt.receiptNo, phoneLast4: APPLICANT.phone.slice(-4) }))).toBe("OK");
  });

  it("bad lookup input gets a field message", async () => {
    const anon = await callerAs(db, null, MON, "192.0.2.1");
    await expect(anon.lookup.progress({ code: "x", phoneLast4: "12a4" })).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });
});
