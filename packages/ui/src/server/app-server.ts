import NextAuth from "next-auth";
import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { appRouter, createCaller, createContext } from "@bianmin/api";
import { cookiesOfHeader, createAuthOptions, roleAllowedIn, sessionTokenIn, sessionUserOf } from "@bianmin/auth";
import type { AppName, SessionUser } from "@bianmin/auth";
import { createDb } from "@bianmin/db";
import type { Db } from "@bianmin/db";
import { uncompressedWhenSmall } from "./json-response";

/**
 * The composition root of one Next.js app: its db handle (made once per server process from DATABASE_URL),
 * its next-auth options, the session guard, a server-side tRPC caller and the two route handlers.
 */
export function createAppServer(app: AppName) {
  let db: Db | undefined;
  const getDb = () => {
    const url = process.env.DATABASE_URL;
    if (!url) throw new Error("DATABASE_URL is not set");
    db ??= createDb(url);
    return db;
  };
  const authOptions = createAuthOptions(app, getDb);
  /** Where the applicant's phone reaches this app (the QR code on receipts); NEXTAUTH_URL in production. */
  const publicUrl = () => process.env.PUBLIC_URL ?? process.env.NEXTAUTH_URL ?? "http://localhost:3001";
  /** The caller's address for rate limits: the first hop a proxy recorded, else the direct peer. */
  const clientKeyOf = (h: Headers) => h.get("x-forwarded-for")?.split(",")[0]?.trim() || h.get("x-real-ip") || "local";

  const sessionCookie = authOptions.cookies!.sessionToken!.name;
  /**
   * The user of the session cookie among these cookies, if this app admits their role. Reads the token and nothing
   * more: next-auth's getServerSession would also re-encode it for a cookie that the App Router cannot set (see
   * createAuthOptions), which cost about as much as the read, on every page and every tRPC call.
   */
  async function userOf(cookieList: Iterable<{ name: string; value: string }>): Promise<SessionUser | null> {
    const user = await sessionUserOf(sessionTokenIn(cookieList, sessionCookie), authOptions.secret ?? process.env.NEXTAUTH_SECRET);
    return user && roleAllowedIn(app, user.role) ? user : null;
  }

  async function currentUser(): Promise<SessionUser | null> {
    return userOf((await cookies()).getAll());
  }

  /** The signed-in user of this app, or a redirect to the sign-in page. */
  async function requireUser(): Promise<SessionUser> {
    const user = await currentUser();
    if (!user) redirect("/login");
    return user;
  }

  /** A tRPC caller for server components, acting as the signed-in user. */
  async function api() {
    const user = await requireUser();
    return { user, api: createCaller(createContext({ db: getDb(), user, publicUrl: publicUrl(), clientKey: clientKeyOf(await headers()) })) };
  }

  /** A tRPC caller for public pages (no sign-in). */
  async function publicApi() {
    return createCaller(createContext({ db: getDb(), user: null, publicUrl: publicUrl(), clientKey: clientKeyOf(await headers()) }));
  }

  const authHandler = NextAuth(authOptions) as (req: Request, ctx: unknown) => Promise<Response>;

  const trpcHandler = async (req: Request) =>
    uncompressedWhenSmall(
      await fetchRequestHandler({
        endpoint: "/api/trpc",
        req,
        router: appRouter,
        createContext: async () =>
          createContext({ db: getDb(), user: await userOf(cookiesOfHeader(req.headers.get("cookie"))), publicUrl: publicUrl(), clientKey: clientKeyOf(req.headers) }),
      }),
    );

  return { app, authOptions, getDb, currentUser, requireUser, api, publicApi, authHandler, trpcHandler };
}

export type AppServer = ReturnType<typeof createAppServer>;
