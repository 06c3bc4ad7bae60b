import { createHash, randomUUID } from "node:crypto";
import ExcelJS from "exceljs";
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { auditLog, recordArchives } from "@bianmin/db";
import type { Db } from "@bianmin/db";
import { freshDb } from "@bianmin/db/testing";
import { tableXlsx } from "@bianmin/documents";
import { archiveRuns } from "../records/archive-process";
import { APPLICANT, accepted, registered, staffFor } from "../matter-fixture";
import { callerAs, codeOf } from "../test-helpers";

let db: Db;
beforeAll(async () => {
  ({ db } = await freshDb());
});

const at = (day: string, time = "10:00") => `${day}T${time}:00+08:00`;

async function whole(parts: AsyncIterable<Buffer>): Promise<Buffer> {
  const all: Buffer[] = [];
  for await (const p of parts) all.push(p);
  return Buffer.concat(all);
}

async function consult(username: string, when: string, question = "宅基地纠纷如何申请调解？") {
  const api = await callerAs(db, username, when);
  await api.attendance.clockOn().catch(() => undefined);
  return api.records.consultation({ idempotencyKey: randomUUID(), itemCode: "ZX-001", applicant: APPLICANT, question, answer: "可向村人民调解委员会申请调解，也可向镇司法所咨询。" });
}

async function finish(username: string, matterId: string, version: number, when: string) {
  const api = await callerAs(db, username, when);
  await api.matter.act({ matterId, expectedVersion: version, command: { type: "complete", outcome: "certificateIssued", documents: [{ name: "居住证明" }] } });
  await api.matter.act({ matterId, expectedVersion: version + 1, command: { type: "deliver", method: "inPerson", receivedBy: APPLICANT.name } });
}

describe("registration ledger, record book and year-end archive", () => {
  it("R-INT-3 R-DATA-1 the ledger lists the period's registrations in the paper form's columns and exports to XLSX with Chinese headers", async () => {
    const agent = (await staffFor(db, "wangzhuang", "ZZ-012")).covering[0]!.username;
    await accepted(db, agent, "ZZ-012", at("2026-03-02"));
    await registered(db, agent, "ZZ-004", at("2026-03-03"), { materials: [] });
    await accepted(db, agent, "ZZ-012", at("2026-04-01"));
    const api = await callerAs(db, agent, at("2026-04-02"));
    const ledger = await api.records.ledger({ from: "2026-03-01", to: "2026-03-31" });
    expect(ledger.rows).toHaveLength(2);
    expect(ledger.columns.map((c) => c.header)).toEqual(expect.arrayContaining(["申请人", "身份证号", "联系电话", "住址", "申办事项", "服务方式", "提交材料", "收费（元）", "受理代办员"]));
    expect(ledger.rows[0]![3]).not.toContain("19491231");
    expect(ledger.rows[1]![11]).toBe("待受理");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await tableXlsx(ledger)) as never);
    const ws = wb.worksheets[0]!;
    expect(ws.getRow(3).getCell(3).value).toBe("申请人");
    expect(ws.getRow(4).getCell(3).value).toBe(APPLICANT.name);
    await expect(api.records.ledger({ from: "2026-04-01", to: "2026-03-01" })).rejects.toMatchObject({ code: "BAD_REQUEST", message: expect.stringContaining("结束日期") });
  });

  it("R-RUL-4 a consultation is recorded in one quick form and appears in the record book with its answer", async () => {
    // an agent outside the consultation 归口 answers it: they stay responsible, no handover is needed
    await consult("houzhaicun-1", at("2026-05-06", "09:00"), "土地流转合同怎么签？");
    const { matterId } = await consult("houzhaicun-head", at("2026-05-06"));
    const api = await callerAs(db, "houzhaicun-head", at("2026-05-06", "11:00"));
    expect((await api.matter.get({ matterId })).status).toBe("delivered");
    const book = await api.records.book({ year: 2026 });
    const line = book.rows.find((r) => r[4]!.includes("宅基地纠纷"));
    expect(line?.[5]).toContain("可向村人民调解委员会申请调解");
    expect(book.columns.map((c) => c.header)).toEqual(["序号", "服务时间", "服务对象", "联系电话", "服务内容", "解决途径", "办理情况", "经办人"]);
  });

  it("R-RUL-4 closing a year needs all its matters concluded, is for the head only, and then freezes the year", async () => {
    const agent = (await staffFor(db, "xinghua", "ZZ-012")).covering[0]!.username;
    const open = await accepted(db, agent, "ZZ-012", at("2025-06-02"));
    await consult("xinghua-head", at("2025-06-03"));
    const head = await callerAs(db, "xinghua-head", at("2026-01-05"));
    await expect(head.records.closeYear({ year: 2025 })).rejects.toMatchObject({ code: "BAD_REQUEST", message: expect.stringContaining("还有 1 件") });
    await finish(agent, open.matterId, open.version, at("2025-06-04"));
    expect(await codeOf((await callerAs(db, agent, at("2026-01-05"))).records.closeYear({ year: 2025 }))).toBe("FORBIDDEN");
    await expect(head.records.closeYear({ year: 2026 })).rejects.toMatchObject({ code: "BAD_REQUEST", message: expect.stringContaining("尚未到年底") });
    const closed = await head.records.closeYear({ year: 2025 });
    expect(closed.recordCount).toBe(2);
    expect(closed.xlsxSha256).toMatch(/^[0-9a-f]{64}$/);
    // frozen: rating a 2025 matter now is refused, nothing changes
    await expect(head.matter.act({ matterId: open.matterId, expectedVersion: open.version + 2, command: { type: "rate", level: "satisfied" } })).rejects.toMatchObject({ code: "BAD_REQUEST", message: expect.stringContaining("2025年度服务记录已于2026-01-05存档") });
    expect(await codeOf(head.records.closeYear({ year: 2025 }))).toBe("BAD_REQUEST");
    const audits = await db.select().from(auditLog).where(eq(auditLog.action, "records.closeYear"));
    expect(audits).toHaveLength(1);
  });

  it("R-RUL-4 R-DATA-1 the archived XLSX and PDF download byte for byte, matching their stored SHA-256", async () => {
    const head = await callerAs(db, "xinghua-head", at("2026-01-06"));
    const [archive] = await head.records.archives();
    expect(archive).toMatchObject({ year: 2025, recordCount: 2 });
    const a = await head.records.archiveFile({ year: 2025, kind: "pdf" });
    const pdf = await whole(a.parts());
    expect(Buffer.compare(pdf, await whole(a.parts()))).toBe(0);
    expect(a.sha256).toBe(archive!.pdfSha256);
    expect(createHash("sha256").update(pdf).digest("hex")).toBe(a.sha256);
    expect(pdf.length).toBe(a.size);
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    const x = await head.records.archiveFile({ year: 2025, kind: "xlsx" });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await whole(x.parts())) as never);
    expect(wb.worksheets[0]!.getRow(3).values).toEqual(expect.arrayContaining(["服务时间", "服务对象", "服务内容", "解决途径", "办理情况"]));
    expect(await codeOf((await callerAs(db, "wangzhuang-head")).records.archiveFile({ year: 2025, kind: "pdf" }))).toBe("NOT_FOUND");
  });

  it("R-RUL-4 R-DATA-1 each archive is written by a process of its own; two heads closing one year at once keep one archive", async () => {
    await consult("houzhaicun-head", at("2025-03-03"));
    const runs: { pid: number; ok: boolean; peakRssMb: number }[] = [];
    const listen = (m: unknown) => runs.push(m as (typeof runs)[number]);
    archiveRuns.subscribe(listen);
    try {
      const head = await callerAs(db, "houzhaicun-head", at("2026-01-05"));
      const outcomes = await Promise.allSettled([head.records.closeYear({ year: 2025 }), head.records.closeYear({ year: 2025 })]);
      const done = outcomes.filter((o) => o.status === "fulfilled");
      const refused = outcomes.filter((o) => o.status === "rejected");
      expect(done).toHaveLength(1);
      expect(refused).toHaveLength(1);
      expect((refused[0] as PromiseRejectedResult).reason).toMatchObject({ code: "CONFLICT", message: "年度：2025年度已经存档" });
      const stored = await db.select({ id: recordArchives.id }).from(recordArchives).where(eq(recordArchives.year, 2025));
      const audits = await db.select().from(auditLog).where(eq(auditLog.action, "records.closeYear"));
      expect(audits.filter((a) => a.after && (a.after as { recordCount: number }).recordCount === 1)).toHaveLength(1);
      expect(stored.length).toBe(2); // xinghua's from the test above and this one
    } finally {
      archiveRuns.unsubscribe(listen);
    }
    expect(runs).toHaveLength(2);
    for (const r of runs) {
      expect(r.pid).not.toBe(process.pid);
      expect(r.peakRssMb).toBeGreaterThan(0);
    }
    expect(runs.map((r) => r.ok).sort()).toEqual([false, true]);
  });
});
