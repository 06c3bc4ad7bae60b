import { asc, eq } from "drizzle-orm";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { districts, smsOutbox } from "@bianmin/db";
import type { Db } from "@bianmin/db";
import { freshDb } from "@bianmin/db/testing";
import { MAX_SMS_ATTEMPTS, sendPendingSms } from "./outbox";
import { LoggingSmsSender, smsSenderFromEnv } from "./sms-sender";
import type { SmsMessage, SmsSender } from "./sms-sender";

let db: Db;
let districtId = "";
beforeAll(async () => {
  ({ db } = await freshDb());
  districtId = (await db.select({ id: districts.id }).from(districts))[0]!.id;
});
beforeEach(async () => {
  await db.delete(smsOutbox);
});

const NOW = new Date("2026-03-05T08:01:00+08:00");

async function queue(...phones: string[]) {
  return db
    .insert(smsOutbox)
    .values(phones.map((phone, i) => ({ districtId, phone, text: `【二七区便民服务】测试短信${i + 1}`, createdAt: new Date(NOW.getTime() - (phones.length - i) * 1000) })))
    .returning({ id: smsOutbox.id });
}
const outbox = () => db.select().from(smsOutbox).orderBy(asc(smsOutbox.createdAt));

/** A sender that records what it sent and refuses the calls listed (1-based). */
function fakeSender(refuse: (call: number, m: SmsMessage) => boolean = () => false, delayMs = 0): SmsSender & { sent: SmsMessage[]; calls: number } {
  const s = {
    name: "fake",
    sent: [] as SmsMessage[],
    calls: 0,
    async send(m: SmsMessage) {
      s.calls += 1;
      const call = s.calls;
      if (delayMs) await new Promise((r) => setTimeout(r, delayMs));
      if (refuse(call, m)) throw new Error("网关繁忙");
      s.sent.push(m);
    },
  };
  return s;
}

describe("the SMS outbox (R-DL-5)", () => {
  it("R-DL-5 a message the sender refuses once is kept as failed with the error, retried on the next run, then sent", async () => {
    await queue("13900000001", "13900000002");
    const sender = fakeSender((call) => call === 1);
    expect(await sendPendingSms(db, sender, NOW)).toEqual({ sent: 1, failed: 1 });
    let rows = await outbox();
    expect(rows[0]).toMatchObject({ status: "failed", attempts: 1, lastError: "fake: 网关繁忙", sentAt: null });
    expect(rows[1]).toMatchObject({ status: "sent", attempts: 1, lastError: null, sentAt: NOW });

    const later = new Date(NOW.getTime() + 60_000);
    expect(await sendPendingSms(db, sender, later)).toEqual({ sent: 1, failed: 0 });
    rows = await outbox();
    expect(rows[0]).toMatchObject({ status: "sent", attempts: 2, lastError: null, sentAt: later });
    expect(sender.sent.map((m) => m.phone)).toEqual(["13900000002", "13900000001"]);

    // nothing left to send
    expect(await sendPendingSms(db, sender, later)).toEqual({ sent: 0, failed: 0 });
    expect(sender.calls).toBe(3);
  });

  it(`R-DL-5 a message is tried at most ${MAX_SMS_ATTEMPTS} times, then stays failed with its last error`, async () => {
    await queue("13900000003");
    const sender = fakeSender(() => true);
    for (let i = 0; i < MAX_SMS_ATTEMPTS + 2; i++) await sendPendingSms(db, sender, NOW);
    expect(sender.calls).toBe(MAX_SMS_ATTEMPTS);
    expect((await outbox())[0]).toMatchObject({ status: "failed", attempts: MAX_SMS_ATTEMPTS, lastError: "fake: 网关繁忙" });
  });

  it("R-DL-5 two senders running at once send every message exactly once", async () => {
    await queue("13900000004", "13900000005", "13900000006", "13900000007");
    const sender = fakeSender(() => false, 30);
    const [a, b] = await Promise.all([sendPendingSms(db, sender, NOW), sendPendingSms(db, sender, NOW)]);
    expect(a.sent + b.sent).toBe(4);
    expect(sender.sent.map((m) => m.phone).sort()).toEqual(["13900000004", "13900000005", "13900000006", "13900000007"]);
    expect((await outbox()).every((r) => r.status === "sent" && r.attempts === 1)).toBe(true);
  });

  it("R-DL-5 the default sender writes one line per message with the phone masked; SMS_SENDER chooses the sender", async () => {
    const lines: string[] = [];
    await new LoggingSmsSender((l) => lines.push(l)).send({ phone: "13903718765", text: "【二七区便民服务】测试" });
    expect(lines).toEqual(["[短信] *******8765：【二七区便民服务】测试"]);
    expect(smsSenderFromEnv({}).name).toBe("log");
    expect(smsSenderFromEnv({ SMS_SENDER: "log" })).toBeInstanceOf(LoggingSmsSender);
    expect(() => smsSenderFromEnv({ SMS_SENDER: "aliyun" })).toThrow("SMS_SENDER=aliyun 不是可用的短信通道（可用：log）");
    // sent through the outbox, the logging sender marks the message sent
    await queue("13900000008");
    expect(await sendPendingSms(db, new LoggingSmsSender(() => undefined), NOW)).toEqual({ sent: 1, failed: 0 });
    expect((await outbox())[0]).toMatchObject({ status: "sent" });
    expect(await db.$count(smsOutbox, eq(smsOutbox.status, "pending"))).toBe(0);
  });
});
