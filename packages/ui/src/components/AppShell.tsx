import type { ReactNode } from "react";
import Link from "next/link";
import type { SessionUser } from "@bianmin/auth";
import { ROLE_LABELS } from "@bianmin/auth/roles";
import { SignOutButton } from "../client/SignOutButton";

export interface NavLink {
  href: string;
  label: string;
}

/** The frame of every signed-in page: app title, main navigation, who is signed in, sign-out. */
export function AppShell({ title, nav, user, children }: { title: string; nav: NavLink[]; user: SessionUser; children: ReactNode }) {
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
