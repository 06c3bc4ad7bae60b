import { APP_TITLES } from "@bianmin/auth/roles";
import { LoginScreen } from "../components/LoginScreen";
import type { AppServer } from "./app-server";

/** The sign-in page of an app. */
export function loginPage(server: AppServer) {
  return function LoginPage() {
    return <LoginScreen title="二七区便民服务代办系统" subtitle={APP_TITLES[server.app]} />;
  };
}
