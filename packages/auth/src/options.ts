import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import type { Db } from "@bianmin/db";
import { authenticate } from "./authenticate";
import type { SessionUser } from "./authenticate";
import type { AppName } from "./roles";

/** Sessions expire after a working day (R-SEC-4). */
export const SESSION_MAX_AGE_S = 8 * 60 * 60;

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
    session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_S },
    jwt: { maxAge: SESSION_MAX_AGE_S },
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
