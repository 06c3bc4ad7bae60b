import { createAppServer, sharedPages } from "@bianmin/ui/server";

export const server = createAppServer("village");
export const pages = sharedPages(server, [
  { href: "/", label: "我的代办站" },
  { href: "/catalog", label: "事项目录" },
]);
