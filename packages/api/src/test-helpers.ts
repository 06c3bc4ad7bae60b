import type { Db } from "@bianmin/db";
import { createContext } from "./context";
import { createCaller } from "./root";
import { sessionUser } from "./session-user";

export { sessionUser };

/** A tRPC caller acting as a seeded user (or anonymous with null), at a given moment. */
export async function callerAs(db: Db, username: string | null, now: Date | string = "2026-03-02T10:00:00+08:00", clientKey = "test") {
  const user = username ? await sessionUser(db, username) : null;
  return createCaller(createContext({ db, user, now: typeof now === "string" ? new Date(now) : now, clientKey, publicUrl: "http://village.test" }));
}

/** The code of a tRPC refusal, or "OK". */
export async function codeOf(p: Promise<unknown>): Promise<string> {
  try {
    await p;
    return "OK";
  } catch (e) {
    const code = (e as { code?: string }).code;
    if (typeof code === "string") return code;
    throw e;
  }
}
