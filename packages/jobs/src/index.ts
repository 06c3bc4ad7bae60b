export { scanReminders, REMINDER_ACTOR } from "./reminders";
export type { ScanResult } from "./reminders";
export { sendPendingSms, MAX_SMS_ATTEMPTS } from "./outbox";
export type { SendResult } from "./outbox";
export { LoggingSmsSender, SMS_SENDERS, smsSenderFromEnv } from "./sms-sender";
export type { SmsMessage, SmsSender } from "./sms-sender";
export { EVERY_MINUTE, QUEUES, startWorker } from "./worker";
export type { RunningWorker, WorkerOptions } from "./worker";
