import { createAppServer, sharedPages } from "@bianmin/ui/server";

export const server = createAppServer("district");
export const pages = sharedPages(server, [
  { href: "/", label: "全区概况" },
  { href: "/assessments", label: "半年考核" },
  { href: "/archive", label: "双月考核档案" },
  { href: "/inspections", label: "明察暗访" },
  { href: "/rollout", label: "建设进度" },
  { href: "/catalog", label: "事项目录" },
  { href: "/calendar", label: "工作日历" },
  { href: "/api-clients", label: "开放接口" },
]);
