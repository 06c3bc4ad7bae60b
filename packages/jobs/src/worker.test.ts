import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { reminders, smsOutbox } from "@bianmin/db";
import type { Db } from "@bianmin/db";
import { freshDb } from "@bianmin/db/testing";
import { accepted, staffFor } from "@bianmin/api/fixtures";
import type { SmsMessage } from "./sms-sender";
import { QUEUES, startWorker } from "./worker";

let db: Db;
let url = "";
beforeAll(async () => {
  ({ db, url } = await freshDb());
});

async function until<T>(f: () => Promise<T | null | undefined | false>, timeoutMs = 20_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const v = await f();
    if (v) return v;
    if (Date.now() > end) throw new Error("timed out");
    await new Promise((r) => setTimeout(r, 200));
  }
}

describe("the reminder worker (R-DL-5)", () => {
  it("R-DL-5 the pg-boss worker runs a reminders.scan job on the application database and sends the SMS it queued", { timeout: 60_000 }, async () => {
    const agent = (await staffFor(db, "wangzhuang", "ZZ-001")).covering[0]!.username;
    const { matterId } = await accepted(db, agent, "ZZ-001", "2026-03-02T10:00:00+08:00"); // promised 03-09: yellow on 03-05
    const sent: SmsMessage[] = [];
    const worker = await startWorker({
      databaseUrl: url,
      sender: { name: "test", send: async (m) => void sent.push(m) },
      clock: () => new Date("2026-03-05T09:00:00+08:00"),
      log: () => undefined,
    });
    try {
      // the schedule is there: every minute
      const schedules = await worker.boss.getSchedules();
      expect(schedules.map((s) => [s.name, s.cron])).toEqual(expect.arrayContaining([[QUEUES.scan, "* * * * *"], [QUEUES.sms, "* * * * *"]]));

      const jobId = await worker.boss.send(QUEUES.scan, {});
      expect(jobId).toBeTruthy();
      const job = await until(async () => {
        const j = await worker.boss.getJobById(QUEUES.scan, jobId!);
        if (j?.state === "failed") throw new Error(`scan job failed: ${JSON.stringify(j.output)}`);
        return j?.state === "completed" ? j : null;
      });
      expect(job.output).toMatchObject({ fired: 1 });
      expect(await db.$count(reminders, eq(reminders.matterId, matterId))).toBe(1);

      // the scan queued an sms.send job: the outbox empties through the sender
      const queued = await db.$count(smsOutbox);
      expect(queued).toBeGreaterThan(0);
      await until(async () => (await db.$count(smsOutbox, eq(smsOutbox.status, "sent"))) === queued);
      expect(sent).toHaveLength(queued);
      expect(sent[0]!.text).toContain("将于3月9日到期");
    } finally {
      await worker.stop();
    }
  });
});
