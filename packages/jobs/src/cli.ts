/**
 * The reminder worker as a process (`pnpm --filter @bianmin/jobs start`, started by `pnpm start` beside the apps):
 * DATABASE_URL is the application database; SMS_SENDER picks the SMS channel (default `log`).
 */
import { smsSenderFromEnv } from "./sms-sender";
import { startWorker } from "./worker";

async function main() {
  const databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) throw new Error("未设置 DATABASE_URL，无法启动到期提醒任务");
  const sender = smsSenderFromEnv();
  const worker = await startWorker({ databaseUrl, sender });
  console.log(`到期提醒任务已启动：每分钟检查黄灯、红灯事项和整改回访；短信通道：${sender.name}`);

  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await worker.stop();
    console.log("到期提醒任务已停止。");
    process.exit(0);
  };
  process.on("SIGTERM", () => void stop());
  process.on("SIGINT", () => void stop());
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
