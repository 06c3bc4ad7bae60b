import PgBoss from "pg-boss";
import { createDb } from "@bianmin/db";
import { sendPendingSms } from "./outbox";
import { scanReminders } from "./reminders";
import type { SmsSender } from "./sms-sender";

/** The job queues of the worker. */
export const QUEUES = { scan: "reminders.scan", sms: "sms.send" } as const;
/** Every minute (pg-boss cron), in Beijing time. */
export const EVERY_MINUTE = "* * * * *";

export interface WorkerOptions {
  databaseUrl: string;
  sender: SmsSender;
  /** The clock of the jobs (tests fix it). */
  clock?: () => Date;
  log?: (line: string) => void;
}

export interface RunningWorker {
  boss: PgBoss;
  /** Let running jobs finish, then close the queue's and the jobs' connections. */
  stop(): Promise<void>;
}

/**
 * The background worker (R-DL-5): pg-boss on the application database, a `reminders.scan` job every minute and an
 * `sms.send` job after a scan that queued messages (and every minute, to retry failed ones). Both queues are
 * "stately": at most one job waiting and one running, so a slow scan never piles up.
 */
export async function startWorker(options: WorkerOptions): Promise<RunningWorker> {
  const clock = options.clock ?? (() => new Date());
  const log = options.log ?? ((line: string) => console.log(line));
  const db = createDb(options.databaseUrl, { max: 3 });
  const boss = new PgBoss({ connectionString: options.databaseUrl, max: 3, application_name: "bianmin-jobs" });
  boss.on("error", (e) => console.error(`[任务] 队列出错：${e.message}`));
  try {
    await boss.start();
    for (const name of Object.values(QUEUES)) await boss.createQueue(name, { name, policy: "stately" });
    await boss.schedule(QUEUES.scan, EVERY_MINUTE, {}, { tz: "Asia/Shanghai" });
    await boss.schedule(QUEUES.sms, EVERY_MINUTE, {}, { tz: "Asia/Shanghai" });

    await boss.work(QUEUES.scan, async () => {
      const r = await scanReminders(db, clock());
      if (r.fired.length > 0) log(`[到期提醒] 发出${r.fired.length}条提醒，站内通知${r.notifications}条，短信${r.sms}条`);
      if (r.sms > 0) await boss.send(QUEUES.sms, {});
      return { candidates: r.candidates, fired: r.fired.length, notifications: r.notifications, sms: r.sms };
    });
    await boss.work(QUEUES.sms, async () => {
      const r = await sendPendingSms(db, options.sender, clock());
      if (r.failed > 0) log(`[短信] 发送失败${r.failed}条，稍后重试`);
      return r;
    });
  } catch (e) {
    await boss.stop({ graceful: false }).catch(() => undefined);
    await db.close();
    throw e;
  }

  return {
    boss,
    async stop() {
      await boss.stop({ graceful: true, wait: true, timeout: 10_000 });
      await db.close();
    },
  };
}
