import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import type { Db } from "@bianmin/db";
import { authenticate } from "./authenticate";
import type { SessionUser } from "./authenticate";
import type { AppName } from "./roles";
import { decodeSessionToken, encodeSessionToken, SESSION_MAX_AGE_S } from "./session-token";

export { SESSION_MAX_AGE_S };

declare module "next-auth" {
  interface Session {
    user: SessionUser;
  }
}

/** The address a sign-in comes from, as the reverse proxy recorded it (first hop), or null when none did. */
export function addressOf(headers: Record<string, string | string[] | undefined> | undefined): string | null {
  const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v)?.split(",")[0]?.trim();
  return first(headers?.["x-forwarded-for"]) || first(headers?.["x-real-ip"]) || null;
}

/**
 * next-auth options for one app. Cookie names carry the app's name: the three apps share a host in development
 * (cookies ignore ports), and one app's session must never be read by another.
 */
export function createAuthOptions(app: AppName, getDb: () => Db): NextAuthOptions {
  const secure = process.env.NEXTAUTH_URL?.startsWith("https://") ?? false;
  // behind https the cookies are Secure and carry the __Secure- prefix, which browsers only accept over https
  const cookie = (name: string, httpOnly = true) => ({
    name: `${secure ? "__Secure-" : ""}bianmin-${app}.${name}`,
    options: { httpOnly, sameSite: "lax" as const, path: "/", secure },
  });
  return {
    secret: process.env.NEXTAUTH_SECRET,
    // A session lasts a working day from sign-in and is not rolled forward by use (R-SEC-4): pages and tRPC read
    // the cookie (sessionUserOf) and write nothing back. That is what next-auth's getServerSession did here too: in
    // the App Router it re-encodes the token on every call but cannot set the cookie, so the work was thrown away.
    // A fixed lifetime means a session left open on a shared station computer ends with the day, however busy.
    session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_S },
    // next-auth's token format with the key derived once per process (session-token.ts), for sign-in and readers alike
    jwt: { maxAge: SESSION_MAX_AGE_S, encode: encodeSessionToken, decode: decodeSessionToken },
    pages: { signIn: "/login", error: "/login" },
    cookies: {
      sessionToken: cookie("session-token"),
      callbackUrl: cookie("callback-url", false),
      csrfToken: cookie("csrf-token"),
    },
    providers: [
      CredentialsProvider({
        name: "用户名和密码",
        credentials: { username: { label: "用户名", type: "text" }, password: { label: "密码", type: "password" } },
        async authorize(credentials, req) {
          const result = await authenticate(getDb(), app, credentials?.username ?? "", credentials?.password ?? "", new Date(), addressOf(req?.headers));
          if (!result.ok) throw new Error(result.message);
          return { ...result.user };
        },
      }),
    ],
    callbacks: {
      jwt({ token, user }) {
        if (user) token.user = user as unknown as SessionUser;
        return token;
      },
      session({ session, token }) {
        session.user = token.user as SessionUser;
        return session;
      },
    },
  };
}
