import type { ReactNode } from "react";
import Link from "next/link";
import type { SessionUser } from "@bianmin/auth";
import { ROLE_LABELS } from "@bianmin/auth/roles";
import { SignOutButton } from "../client/SignOutButton";

export interface NavLink {
  href: string;
  label: string;
}

/** The bell in the header: a link to the notifications with the number unread (R-DL-5). */
function NotificationBell({ unread }: { unread: number }) {
  const label = unread > 0 ? `通知（${unread}条未读）` : "通知（无未读）";
  return (
    <Link href="/notifications" className="btn ghost" aria-label={label} title={label} data-testid="notification-bell" style={{ textDecoration: "none", gap: "0.3rem" }}>
      <svg width="18" height="18" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" aria-hidden="true">
        <path d="M18 8a6 6 0 0 0-12 0c0 7-3 9-3 9h18s-3-2-3-9" />
        <path d="M13.73 21a2 2 0 0 1-3.46 0" />
      </svg>
      通知
      {unread > 0 ? (
        <span className="tag bad" data-testid="unread-count" style={{ margin: 0 }}>
          {unread > 99 ? "99+" : unread}
        </span>
      ) : null}
    </Link>
  );
}

/** The frame of every signed-in page: app title, main navigation, the notification bell, who is signed in, sign-out. */
export function AppShell({ title, nav, user, unread, children }: { title: string; nav: NavLink[]; user: SessionUser; unread: number; children: ReactNode }) {
  return (
    <>
      <header className="shell-header">
        <div className="shell-header-inner">
          <Link href="/" className="shell-title">
            {title}
          </Link>
          <nav className="shell-nav" aria-label="主导航">
            {nav.map((n) => (
              <Link key={n.href} href={n.href}>
                {n.label}
              </Link>
            ))}
          </nav>
          <div className="shell-user">
            <NotificationBell unread={unread} />
            <span>
              {user.name}（{ROLE_LABELS[user.role]}）
            </span>
            <SignOutButton />
          </div>
        </div>
      </header>
      <main className="shell-main">{children}</main>
    </>
  );
}
