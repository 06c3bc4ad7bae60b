import { decode as nextAuthDecode, encode as nextAuthEncode } from "next-auth/jwt";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { SessionUser } from "./authenticate";
import { createAuthOptions } from "./options";
import { cookiesOfHeader, decodeSessionToken, encodeSessionToken, SESSION_MAX_AGE_S, sessionTokenIn, sessionUserOf } from "./session-token";

const secret = "test-secret-test-secret-test-secret";
const user: SessionUser = {
  id: "5d0f2a3e-8c1b-4f57-9a0e-1b2c3d4e5f60",
  username: "wangzhuang-1",
  name: "王芳",
  role: "agent",
  districtId: "d",
  townshipId: "t",
  villageId: "v",
  stationId: "s",
  windowId: null,
};
const issue = (at: Date) => {
  vi.useFakeTimers({ toFake: ["Date"], now: at });
  return encodeSessionToken({ token: { user }, secret, maxAge: SESSION_MAX_AGE_S });
};
const at = (ms: number) => vi.setSystemTime(ms);

afterEach(() => {
  vi.useRealTimers();
});

describe("session tokens", () => {
  it("R-SEC-4 next-auth signs in and reads sessions with them", () => {
    const o = createAuthOptions("village", () => {
      throw new Error("not used");
    });
    expect(o.jwt).toMatchObject({ encode: encodeSessionToken, decode: decodeSessionToken, maxAge: SESSION_MAX_AGE_S });
  });

  it("R-SEC-4 a token gives back its user", async () => {
    const token = await encodeSessionToken({ token: { user }, secret, maxAge: SESSION_MAX_AGE_S });
    expect(await sessionUserOf(token, secret)).toEqual(user);
  });

  it("R-SEC-4 tokens from next-auth's own encoder read with ours and ours with next-auth's, so sessions survive the change", async () => {
    const theirs = await nextAuthEncode({ token: { user }, secret, maxAge: SESSION_MAX_AGE_S });
    expect(await sessionUserOf(theirs, secret)).toEqual(user);
    const ours = await encodeSessionToken({ token: { user }, secret, maxAge: SESSION_MAX_AGE_S });
    const claims = await nextAuthDecode({ token: ours, secret });
    expect(claims?.user).toEqual(user);
    expect(claims?.exp).toBe((claims!.iat as number) + SESSION_MAX_AGE_S);
    expect(claims?.jti).toEqual(expect.any(String));
  });

  it("R-SEC-4 a session ends a working day after sign-in, however often it is used", async () => {
    const t0 = Date.parse("2026-03-02T01:00:00Z");
    const token = await issue(new Date(t0));
    at(t0 + (SESSION_MAX_AGE_S - 60) * 1000);
    expect(await sessionUserOf(token, secret)).toEqual(user);
    at(t0 + (SESSION_MAX_AGE_S + 60) * 1000);
    expect(await sessionUserOf(token, secret)).toBeNull();
    await expect(decodeSessionToken({ token, secret })).rejects.toThrow();
  });

  it("R-SEC-4 a tampered token, or one made with another secret, gives no user", async () => {
    const token = await encodeSessionToken({ token: { user }, secret, maxAge: SESSION_MAX_AGE_S });
    const parts = token.split(".");
    const cipher = parts[3]!;
    parts[3] = (cipher[0] === "A" ? "B" : "A") + cipher.slice(1);
    expect(await sessionUserOf(parts.join("."), secret)).toBeNull();
    expect(await sessionUserOf(token, "another-secret-another-secret-xx")).toBeNull();
    expect(await sessionUserOf("not-a-token", secret)).toBeNull();
    expect(await sessionUserOf(null, secret)).toBeNull();
    expect(await sessionUserOf(token, undefined)).toBeNull();
  });

  it("R-SEC-1 the session cookie is found by its exact name, or joined from next-auth's chunks in order", () => {
    const name = "bianmin-village.session-token";
    expect(sessionTokenIn(cookiesOfHeader(`a=1; ${name}=abc.def; b=2`), name)).toBe("abc.def");
    expect(sessionTokenIn(cookiesOfHeader(`${name}.1=def; x=1; ${name}.0=abc`), name)).toBe("abcdef");
    expect(sessionTokenIn(cookiesOfHeader(`bianmin-township.session-token=abc; ${name}-x=1`), name)).toBeNull();
    expect(sessionTokenIn(cookiesOfHeader(null), name)).toBeNull();
    expect(cookiesOfHeader("k=a%3Db; bad; e=")).toEqual([
      { name: "k", value: "a=b" },
      { name: "e", value: "" },
    ]);
  });
});
