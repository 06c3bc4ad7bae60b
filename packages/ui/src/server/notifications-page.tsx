import Link from "next/link";
import { MarkReadButton, NotificationActions } from "../client/NotificationActions";
import { Light } from "../components/Light";
import { formatDateTime } from "../format";
import type { AppServer } from "./app-server";
import { one } from "./params";
import type { SearchParams } from "./params";

/** 通知 (R-DL-5): my reminders with their light, time and matter, newest (or unread) first, to mark read. */
export function notificationsPage(server: AppServer) {
  return async function NotificationsPage({ searchParams }: { searchParams: SearchParams }) {
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
  };
}
