import Link from "next/link";
import { WINDOW_INBOX_GROUP_LABELS, WindowInboxTable } from "@bianmin/ui";
import type { WindowInboxGroup } from "@bianmin/ui";
import { orNotFound } from "@bianmin/ui/server";
import { server } from "@/server";

type SP = Promise<Record<string, string | string[] | undefined>>;
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) || undefined;
const isGroup = (g: string | undefined): g is WindowInboxGroup => !!g && g in WINDOW_INBOX_GROUP_LABELS;

/** 窗口收件 (R-FLW-1, R-FLW-2): the matters the stations transferred to the centre's windows, by what is to be done. */
export default async function WindowInboxPage({ searchParams }: { searchParams: SP }) {
  const sp = await searchParams;
  const raw = one(sp.group);
  const group = isGroup(raw) ? raw : undefined;
  const windowId = one(sp.window);
  const { api } = await server.api();
  const inbox = await orNotFound(api.matter.windowInbox({ group, windowId }));
  const href = (g?: WindowInboxGroup) => `/window?${new URLSearchParams({ ...(g ? { group: g } : {}), ...(inbox.window && !inbox.ownWindow ? { window: inbox.window.id } : {}) })}`;
  const total = Object.values(inbox.counts).reduce((a, b) => a + b, 0);
  return (
    <>
      <h1>窗口收件</h1>
      <p className="muted" data-testid="inbox-window">
        {inbox.window ? `${inbox.window.number}号 ${inbox.window.name}` : "本中心全部窗口"}：代办站传递来的乡镇（街道）级事项，接收后办理，办结后将结果和材料返还代办站。
      </p>
      <nav className="action-buttons" aria-label="收件分类">
        <Link className={`btn${group ? "" : " primary"}`} href={href()}>
          全部（{total}）
        </Link>
        {Object.entries(WINDOW_INBOX_GROUP_LABELS).map(([k, label]) => (
          <Link key={k} className={`btn${k === group ? " primary" : ""}`} href={href(k as WindowInboxGroup)}>
            {label}（{inbox.counts[k as WindowInboxGroup]}）
          </Link>
        ))}
      </nav>
      {inbox.ownWindow ? null : (
        <form className="filters card" method="get">
          {group ? <input type="hidden" name="group" value={group} /> : null}
          <div className="field">
            <label htmlFor="window">窗口</label>
            <select id="window" name="window" defaultValue={inbox.window?.id ?? ""}>
              <option value="">全部窗口</option>
              {inbox.windows.map((w) => (
                <option key={w.id} value={w.id}>
                  {w.number}号 {w.name}
                </option>
              ))}
            </select>
          </div>
          <button className="btn primary" type="submit">
            筛选
          </button>
        </form>
      )}
      <section className="card">
        <p className="muted small">
          共 {inbox.rows.length} 件{group ? `（${WINDOW_INBOX_GROUP_LABELS[group]}）` : ""}；「近期已返还」列出近 30 天返还代办站的事项。
        </p>
        <WindowInboxTable rows={inbox.rows} showWindow={!inbox.window} />
      </section>
    </>
  );
}
