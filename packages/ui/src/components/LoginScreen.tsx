import { LoginForm } from "../client/LoginForm";

export function LoginScreen({ title, subtitle }: { title: string; subtitle: string }) {
  return (
    <div className="login-wrap">
      <div className="login-card">
        <h1>{title}</h1>
        <p className="sub">{subtitle}</p>
        <LoginForm />
      </div>
    </div>
  );
}
