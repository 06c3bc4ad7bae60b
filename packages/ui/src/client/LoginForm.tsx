"use client";
import { useState } from "react";
import type { FormEvent } from "react";
import { signIn } from "next-auth/react";

/** Sign-in form: shows the server's Chinese message as it is (wrong password, slowed down, wrong app). */
export function LoginForm({ callbackUrl = "/" }: { callbackUrl?: string }) {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    setBusy(true);
    setError(null);
    const res = await signIn("credentials", {
      redirect: false,
      username: String(form.get("username") ?? ""),
      password: String(form.get("password") ?? ""),
    });
    setBusy(false);
    if (!res || res.error) {
      setError(res?.error && res.error !== "CredentialsSignin" ? res.error : "用户名或密码错误");
      return;
    }
    window.location.assign(callbackUrl);
  }

  return (
    <form onSubmit={onSubmit} noValidate>
      {error ? (
        <div className="alert bad" role="alert" data-testid="login-error">
          {error}
        </div>
      ) : null}
      <div className="field">
        <label htmlFor="username">用户名</label>
        <input id="username" name="username" autoComplete="username" autoFocus required maxLength={64} />
      </div>
      <div className="field">
        <label htmlFor="password">密码</label>
        <input id="password" name="password" type="password" autoComplete="current-password" required maxLength={256} />
      </div>
      <button type="submit" className="btn primary" disabled={busy}>
        {busy ? "正在登录…" : "登录"}
      </button>
    </form>
  );
}
