import { eq } from "drizzle-orm";
import type { Db, Role } from "@bianmin/db";
import { hashPassword, users, verifyPassword } from "@bianmin/db";
import { APP_TITLES, appOfRole, roleAllowedIn, ROLE_LABELS } from "./roles";
import type { AppName } from "./roles";
import { accountKey, addressKey, clearFailures, recordFailure, secondsLocked } from "./throttle";

/** What the session carries about the signed-in user: who, which role, which unit. */
export interface SessionUser {
  id: string;
  username: string;
  name: string;
  role: Role;
  districtId: string;
  townshipId: string | null;
  villageId: string | null;
  stationId: string | null;
  windowId: string | null;
}

export type AuthResult = { ok: true; user: SessionUser } | { ok: false; message: string };

const BAD_CREDENTIALS = "用户名或密码错误";

/** A hash checked when the account does not exist, so that an unknown name costs as long as a wrong password. */
let decoyHash: Promise<string> | null = null;
const decoy = () => (decoyHash ??= hashPassword("decoy-password-never-used"));

/**
 * Check credentials for one app (R-SEC-4): hashed password, slowed down after repeated failures, and only the
 * roles this app admits. Every refusal is a Chinese sentence the sign-in page can show as it is.
 */
export async function authenticate(db: Db, app: AppName, username: string, password: string, now: Date, address: string | null = null): Promise<AuthResult> {
  const name = username.trim();
  if (!name) return { ok: false, message: "请输入用户名" };
  if (!password) return { ok: false, message: "请输入密码" };
  if (name.length > 64 || password.length > 256) return { ok: false, message: BAD_CREDENTIALS };

  // failures count against the account and against the address they come from (one address trying many names);
  // the address is known behind a proxy that records it, and is not guessed otherwise (one shared bucket would
  // let anyone lock everyone out)
  const keys = address ? [accountKey(name), addressKey(address)] : [accountKey(name)];
  const lockedFor = async () => Math.max(...(await Promise.all(keys.map((k) => secondsLocked(db, k, now)))));
  const wait = await lockedFor();
  if (wait > 0) return { ok: false, message: `登录失败次数过多，请 ${wait} 秒后再试` };

  const [row] = await db.select().from(users).where(eq(users.username, name));
  const valid = await verifyPassword(password, row?.passwordHash ?? (await decoy()));
  if (!row || row.active !== true || !valid) {
    for (const k of keys) await recordFailure(db, k, now);
    const after = await lockedFor();
    return { ok: false, message: after > 0 ? `${BAD_CREDENTIALS}。失败次数过多，请 ${after} 秒后再试` : BAD_CREDENTIALS };
  }
  await clearFailures(db, keys[0]!);
  if (!roleAllowedIn(app, row.role)) {
    const home = appOfRole(row.role);
    return {
      ok: false,
      message: `您的账号（${ROLE_LABELS[row.role]}）不能登录「${APP_TITLES[app]}」，请使用「${APP_TITLES[home]}」系统登录`,
    };
  }
  return {
    ok: true,
    user: {
      id: row.id,
      username: row.username,
      name: row.name,
      role: row.role,
      districtId: row.districtId,
      townshipId: row.townshipId,
      villageId: row.villageId,
      stationId: row.stationId,
      windowId: row.windowId,
    },
  };
}
