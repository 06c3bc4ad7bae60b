import type { ReactNode } from "react";
import Link from "next/link";
import { notFound } from "next/navigation";
import { TRPCError } from "@trpc/server";
import { APP_TITLES } from "@bianmin/auth/roles";
import { AppShell } from "../components/AppShell";
import type { NavLink } from "../components/AppShell";
import { CatalogList } from "../components/CatalogList";
import { ItemGuide } from "../components/ItemGuide";
import { Light } from "../components/Light";
import { MarkReadButton, NotificationActions } from "../client/NotificationActions";
import { formatDateTime } from "../format";
import { LoginScreen } from "../components/LoginScreen";
import { StationView } from "../components/StationView";
import type { AppServer } from "./app-server";

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

function one(v: string | string[] | undefined): string | undefined {
  return Array.isArray(v) ? v[0] : v;
}

/** Run a tRPC read for a page; a missing or foreign record is a 404 page, never a crash. */
export async function orNotFound<T>(p: Promise<T>): Promise<T> {
  try {
    return await p;
  } catch (e) {
    if (e instanceof TRPCError && (e.code === "NOT_FOUND" || e.code === "BAD_REQUEST" || e.code === "FORBIDDEN")) notFound();
    throw e;
  }
}

/** The pages every app has: sign-in, the signed-in frame, and the catalogue with its guides. */
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

  function LoginPage() {
    return <LoginScreen title={`二七区便民服务代办系统`} subtitle={title} />;
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

  /** 通知 (R-DL-5): my reminders with their light, time and matter, newest (or unread) first, to mark read. */
  async function NotificationsPage({ searchParams }: { searchParams: SearchParams }) {
    const sp = await searchParams;
    const requested = Number(one(sp.page));
    const page = Number.isInteger(requested) && requested > 0 && requested <= 10_000 ? requested : 1;
    const unreadFirst = one(sp.order) === "unread";
    const { api } = await server.api();
    const [list, unread] = await Promise.all([api.notification.list({ page, pageSize: 20, unreadFirst }), api.notification.unreadCount()]);
    // the matter pages are in the village and township apps; the district has none
    const matterHref = server.app === "district" ? null : (id: string) => `/matters/${id}`;
    const pageHref = (p: number) => `/notifications?page=${p}${unreadFirst ? "&order=unread" : ""}`;
    return (
      <>
        <h1>通知</h1>
        <section className="card">
          <div className="action-buttons">
            <Link className={`btn${unreadFirst ? "" : " primary"}`} href="/notifications">
              按时间
            </Link>
            <Link className={`btn${unreadFirst ? " primary" : ""}`} href="/notifications?order=unread">
              未读优先
            </Link>
            <NotificationActions unread={unread} />
          </div>
          <p className="muted small">
            共 {list.total} 条，未读 {unread} 条
          </p>
          {list.rows.length === 0 ? (
            <p className="muted">暂无通知。事项临近办结期限（黄灯）或超期（红灯）、差评整改回访临近或超过期限时，系统会在这里提醒您。</p>
          ) : (
            <table className="table" data-testid="notification-list">
              <thead>
                <tr>
                  <th>灯</th>
                  <th>通知</th>
                  <th>时间</th>
                  <th>状态</th>
                </tr>
              </thead>
              <tbody>
                {list.rows.map((n) => (
                  <tr key={n.id} data-unread={n.readAt === null}>
                    <td>{n.level === "info" ? <span className="tag">消息</span> : <Light light={n.level} />}</td>
                    <td>
                      {n.readAt === null ? <strong>{n.title}</strong> : n.title}
                      <div className="small">{n.body}</div>
                      {n.matterId && matterHref ? (
                        <Link className="small" href={matterHref(n.matterId)}>
                          查看事项
                        </Link>
                      ) : null}
                    </td>
                    <td className="nowrap">{formatDateTime(n.createdAt)}</td>
                    <td className="nowrap">{n.readAt === null ? <MarkReadButton id={n.id} /> : <span className="muted small">已读</span>}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          {list.pages > 1 ? (
            <nav className="action-buttons" aria-label="翻页">
              {page > 1 ? (
                <Link className="btn" href={pageHref(page - 1)}>
                  上一页
                </Link>
              ) : null}
              <span className="muted small">
                第 {list.page} / {list.pages} 页
              </span>
              {page < list.pages ? (
                <Link className="btn" href={pageHref(page + 1)}>
                  下一页
                </Link>
              ) : null}
            </nav>
          ) : null}
        </section>
      </>
    );
  }

  return { ShellLayout, LoginPage, CatalogPage, ItemPage, StationPage, NotificationsPage };
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
