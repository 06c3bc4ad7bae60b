import { randomUUID } from "node:crypto";
import hkdf from "@panva/hkdf";
import { EncryptJWT, jwtDecrypt } from "jose";
import type { JWT, JWTDecodeParams, JWTEncodeParams } from "next-auth/jwt";
import type { SessionUser } from "./authenticate";

/** Sessions expire a working day after sign-in (R-SEC-4). */
export const SESSION_MAX_AGE_S = 8 * 60 * 60;

/**
 * The session token in next-auth v4's own format, so tokens issued by next-auth's built-in `encode` keep working
 * and ours can be read by it: a JWE ("dir", A256GCM) whose key is HKDF-SHA256 of the secret with next-auth's info
 * string. next-auth derives that key again on every call; deriving it is most of the cost of reading a session, so
 * it is derived once per secret and salt for the life of the process (a process has one secret).
 */
const keys = new Map<string, Promise<Uint8Array>>();
function encryptionKey(secret: string | Buffer, salt = ""): Promise<Uint8Array> {
  const id = `${salt}\u0000${typeof secret === "string" ? secret : secret.toString("base64")}`;
  let key = keys.get(id);
  if (!key) {
    key = hkdf("sha256", secret, salt, `NextAuth.js Generated Encryption Key${salt ? ` (${salt})` : ""}`, 32);
    keys.set(id, key);
    key.catch(() => keys.delete(id));
  }
  return key;
}

/** next-auth's allowance for clocks that disagree, kept so both implementations accept the same tokens. */
const CLOCK_TOLERANCE_S = 15;

/** `jwt.encode` for next-auth: the token, stamped with issue time, expiry and a random id, encrypted. */
export async function encodeSessionToken({ token = {}, secret, maxAge = SESSION_MAX_AGE_S, salt = "" }: JWTEncodeParams): Promise<string> {
  const now = Math.floor(Date.now() / 1000);
  return new EncryptJWT(token)
    .setProtectedHeader({ alg: "dir", enc: "A256GCM" })
    .setIssuedAt(now)
    .setExpirationTime(now + maxAge)
    .setJti(randomUUID())
    .encrypt(await encryptionKey(secret, salt));
}

/** `jwt.decode` for next-auth: the token's claims; throws when it was tampered with, made with another secret or has expired. */
export async function decodeSessionToken({ token, secret, salt = "" }: JWTDecodeParams): Promise<JWT | null> {
  if (!token) return null;
  const { payload } = await jwtDecrypt(token, await encryptionKey(secret, salt), { clockTolerance: CLOCK_TOLERANCE_S });
  return payload as JWT;
}

/**
 * The session token among a request's cookies: the cookie itself, or (as next-auth's SessionStore writes a token
 * too long for one cookie) its chunks `name.0`, `name.1` … joined in order. Null when there is none.
 */
export function sessionTokenIn(cookies: Iterable<{ name: string; value: string }>, cookieName: string): string | null {
  const parts: [number, string][] = [];
  for (const { name, value } of cookies) {
    if (name === cookieName) return value;
    if (name.startsWith(`${cookieName}.`)) {
      const index = Number(name.slice(cookieName.length + 1));
      if (Number.isInteger(index)) parts.push([index, value]);
    }
  }
  return parts.length ? parts.sort((a, b) => a[0] - b[0]).map(([, v]) => v).join("") : null;
}

/** The cookies of a Cookie request header, as `name=value` pairs (values URL-decoded, as next-auth's serializer encodes them). */
export function cookiesOfHeader(header: string | null): { name: string; value: string }[] {
  if (!header) return [];
  return header.split(";").flatMap((pair) => {
    const at = pair.indexOf("=");
    if (at < 0) return [];
    const raw = pair.slice(at + 1).trim();
    let value = raw;
    try {
      value = raw.includes("%") ? decodeURIComponent(raw) : raw;
    } catch {
      // not URL-encoded after all: keep it as sent
    }
    return [{ name: pair.slice(0, at).trim(), value }];
  });
}

/**
 * The signed-in user of a session token, or null when there is no token, or it does not decode (tampered, another
 * secret) or has expired. Reading a session this way writes nothing back: a session ends SESSION_MAX_AGE_S after
 * sign-in however busy it is (see createAuthOptions).
 */
export async function sessionUserOf(token: string | null, secret: string | undefined): Promise<SessionUser | null> {
  if (!token || !secret) return null;
  try {
    const claims = await decodeSessionToken({ token, secret });
    return (claims?.user as SessionUser | undefined) ?? null;
  } catch {
    return null;
  }
}
