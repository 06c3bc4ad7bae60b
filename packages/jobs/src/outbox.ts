import { notificationQueries as q } from "@bianmin/db";
import type { Db } from "@bianmin/db";
import type { SmsSender } from "./sms-sender";

/** A message is tried at most this many times; then it stays failed with its last error. */
export const MAX_SMS_ATTEMPTS = 5;

export interface SendResult {
  sent: number;
  failed: number;
}

/**
 * Send what waits in the SMS outbox (R-DL-5): pending messages and failed ones with attempts left, oldest first,
 * each tried once per call. A message is locked while it is being sent, so two senders never send it twice; it
 * ends `sent` (with the time) or `failed` (attempts counted, the sender's error kept).
 */
export async function sendPendingSms(db: Db, sender: SmsSender, now: Date, limit = 100): Promise<SendResult> {
  const result: SendResult = { sent: 0, failed: 0 };
  for (const { id } of await q.smsToSend(db, MAX_SMS_ATTEMPTS, limit)) {
    await db.transaction(async (tx) => {
      const sms = await q.claimSms(tx, id, MAX_SMS_ATTEMPTS);
      if (!sms) return;
      try {
        await sender.send({ phone: sms.phone, text: sms.text });
      } catch (e) {
        await q.smsFailed(tx, id, `${sender.name}: ${e instanceof Error ? e.message : String(e)}`);
        result.failed += 1;
        return;
      }
      await q.smsSent(tx, id, now);
      result.sent += 1;
    });
  }
  return result;
}
