import { maskPhone } from "@bianmin/domain";

/** One text message to one phone. */
export interface SmsMessage {
  phone: string;
  text: string;
}

/** A way to deliver text messages (an SMS gateway); `send` rejects when the message was not accepted. */
export interface SmsSender {
  readonly name: string;
  send(message: SmsMessage): Promise<void>;
}

/** The default sender: writes one line per message (phone masked) to stdout, for sites without a gateway. */
export class LoggingSmsSender implements SmsSender {
  readonly name = "log";
  constructor(private readonly write: (line: string) => void = (line) => process.stdout.write(`${line}\n`)) {}
  async send(message: SmsMessage): Promise<void> {
    this.write(`[短信] ${maskPhone(message.phone)}：${message.text}`);
  }
}

/** The senders `SMS_SENDER` may name; a gateway is added here by name. */
export const SMS_SENDERS: Record<string, () => SmsSender> = {
  log: () => new LoggingSmsSender(),
};

/** The sender chosen by `SMS_SENDER` (default `log`); an unknown name is an error that names it. */
export function smsSenderFromEnv(env: Record<string, string | undefined> = process.env): SmsSender {
  const name = env.SMS_SENDER?.trim() || "log";
  const make = SMS_SENDERS[name];
  if (!make) throw new Error(`SMS_SENDER=${name} 不是可用的短信通道（可用：${Object.keys(SMS_SENDERS).join("、")}）`);
  return make();
}
