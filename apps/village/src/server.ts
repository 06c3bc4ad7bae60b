import { createAppServer, sharedPages } from "@bianmin/ui/server";

export const server = createAppServer("village");
export const pages = sharedPages(server, [
  { href: "/", label: "工作台" },
  { href: "/matters/new", label: "登记事项" },
  { href: "/matters", label: "事项队列" },
  { href: "/station", label: "我的代办站" },
  { href: "/catalog", label: "事项目录" },
]);
