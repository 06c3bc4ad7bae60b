import { describe, expect, it } from "vitest";
import type { Db } from "@bianmin/db";
import { createAuthOptions, SESSION_MAX_AGE_S } from "./options";

const noDb = (): Db => {
  throw new Error("not used");
};

describe("next-auth options", () => {
  it("R-SEC-4 sessions are JWTs that expire after a working day", () => {
    const o = createAuthOptions("village", noDb);
    expect(o.session).toMatchObject({ strategy: "jwt", maxAge: SESSION_MAX_AGE_S });
    expect(SESSION_MAX_AGE_S).toBe(8 * 3600);
    expect(o.jwt?.maxAge).toBe(SESSION_MAX_AGE_S);
  });

  it("R-SEC-1 each app keeps its session in a cookie of its own, so apps on one host never share a session", () => {
    const names = (["village", "township", "district"] as const).map((app) => createAuthOptions(app, noDb).cookies?.sessionToken?.name);
    expect(names).toEqual(["bianmin-village.session-token", "bianmin-township.session-token", "bianmin-district.session-token"]);
    expect(createAuthOptions("district", noDb).cookies?.sessionToken?.options.httpOnly).toBe(true);
  });

  it("R-SEC-4 behind https the cookies are Secure, HttpOnly (but the callback URL), SameSite=Lax and __Secure- prefixed", () => {
    const before = process.env.NEXTAUTH_URL;
    process.env.NEXTAUTH_URL = "https://village.erqi.gov.cn";
    try {
      const cookies = createAuthOptions("village", noDb).cookies!;
      expect(cookies.sessionToken).toEqual({ name: "__Secure-bianmin-village.session-token", options: { httpOnly: true, sameSite: "lax", path: "/", secure: true } });
      expect(cookies.csrfToken?.options).toMatchObject({ httpOnly: true, secure: true });
      expect(cookies.callbackUrl?.options).toMatchObject({ httpOnly: false, secure: true });
    } finally {
      process.env.NEXTAUTH_URL = before;
    }
    expect(createAuthOptions("village", noDb).cookies?.sessionToken?.options.secure).toBe(before?.startsWith("https://") ?? false);
  });
});
