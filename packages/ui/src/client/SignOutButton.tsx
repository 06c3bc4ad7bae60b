"use client";
import { useState } from "react";

/**
 * 退出登录: next-auth's sign-out (its CSRF token, then a POST), done with fetch rather than next-auth/react, which
 * would add some 10 kB gzip to every signed-in page for this one button.
 */
export function SignOutButton() {
  const [busy, setBusy] = useState(false);
  async function signOut() {
    setBusy(true);
    try {
      const { csrfToken } = (await (await fetch("/api/auth/csrf")).json()) as { csrfToken: string };
      await fetch("/api/auth/signout", {
        method: "POST",
        headers: { "content-type": "application/x-www-form-urlencoded" },
        body: new URLSearchParams({ csrfToken, callbackUrl: "/login", json: "true" }),
      });
    } finally {
      window.location.href = "/login";
    }
  }
  return (
    <button type="button" className="btn ghost" disabled={busy} onClick={() => void signOut()}>
      退出登录
    </button>
  );
}
