import type { ReactNode } from "react";
import Link from "next/link";
import { notFound } from "next/navigation";
import { TRPCError } from "@trpc/server";
import { APP_TITLES } from "@bianmin/auth/roles";
import { AppShell } from "../components/AppShell";
import type { NavLink } from "../components/AppShell";
import { CatalogList } from "../components/CatalogList";
import { ItemGuide } from "../components/ItemGuide";
import { StationView } from "../components/StationView";
import type { AppServer } from "./app-server";

import { one } from "./params";
import type { SearchParams } from "./params";

/** Run a tRPC read for a page; a missing or foreign record is a 404 page, never a crash. */
export async function orNotFound<T>(p: Promise<T>): Promise<T> {
  try {
    return await p;
  } catch (e) {
    if (e instanceof TRPCError && (e.code === "NOT_FOUND" || e.code === "BAD_REQUEST" || e.code === "FORBIDDEN")) notFound();
    throw e;
  }
}

/**
 * The pages every app has: the signed-in frame, the catalogue with its guides, a station. Sign-in and 通知 are in
 * modules of their own (login-page.tsx, notifications-page.tsx): whatever a module imports, every page built from
 * it loads, so the forms of those two pages stay off the others.
 */
export function sharedPages(server: AppServer, nav: NavLink[]) {
  const title = APP_TITLES[server.app];

  async function ShellLayout({ children }: { children: ReactNode }) {
    const { user, api } = await server.api();
    const [unread, calendar] = await Promise.all([api.notification.unreadCount(), api.calendar.status()]);
    return (
      <AppShell title={title} nav={nav} user={user} unread={unread}>
        {/* R-DL-1: every console warns while the working-day calendar runs short */}
        {calendar.warning ? (
          <div className="alert warn" role="alert" data-testid="calendar-warning">
            {calendar.warning.message}
            {server.app === "district" ? (
              <>
                {" "}
                <Link href={`/calendar?year=${calendar.warning.year}`}>前往工作日历</Link>
              </>
            ) : null}
          </div>
        ) : null}
        {children}
      </AppShell>
    );
  }

  async function CatalogPage({ searchParams }: { searchParams: SearchParams }) {
    const sp = await searchParams;
    const { api } = await server.api();
    const query = one(sp.q)?.slice(0, 50);
    const raw = one(sp.category);
    const category = raw === "certificate" || raw === "consultation" || raw === "publicAffairs" ? raw : undefined;
    const items = await api.catalog.list({ query, category });
    return (
      <>
        <h1>便民服务事项目录</h1>
        <CatalogList items={items} query={query} category={category} />
      </>
    );
  }

  async function ItemPage({ params, searchParams }: { params: Promise<{ code: string }>; searchParams: SearchParams }) {
    const { code } = await params;
    const sp = await searchParams;
    const v = Number(one(sp.version));
    const { api } = await server.api();
    const detail = await orNotFound(api.catalog.item({ code: decodeURIComponent(code), version: Number.isInteger(v) && v > 0 ? v : undefined }));
    return <ItemGuide detail={detail} />;
  }

  /** A station seen from above (township centre or district), scope-checked by the API. */
  async function StationPage({ params }: { params: Promise<{ id: string }> }) {
    const { id } = await params;
    const { api } = await server.api();
    const [station, items] = await Promise.all([orNotFound(api.org.station({ stationId: id })), api.catalog.list()]);
    return <StationView station={station} itemNames={Object.fromEntries(items.map((i) => [i.code, i.name]))} />;
  }

  return { ShellLayout, CatalogPage, ItemPage, StationPage };
}

/** Run a tRPC call for a page and keep a refusal as a value (code and Chinese message) to show in place. */
export async function attempt<T>(p: Promise<T>): Promise<{ ok: true; value: T } | { ok: false; code: string; message: string }> {
  try {
    return { ok: true, value: await p };
  } catch (e) {
    if (e instanceof TRPCError) return { ok: false, code: e.code, message: e.message };
    throw e;
  }
}

/** The plain-text response of a refused download: 404, 403 or 400 with the server's Chinese message. */
export function refusalResponse(r: { code: string; message: string }): Response {
  const status = r.code === "NOT_FOUND" ? 404 : r.code === "FORBIDDEN" ? 403 : 400;
  return new Response(r.message, { status, headers: { "content-type": "text/plain; charset=utf-8" } });
}
