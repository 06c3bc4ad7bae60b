import { createAppServer, sharedPages } from "@bianmin/ui/server";

export const server = createAppServer("district");
export const pages = sharedPages(server, [
  { href: "/", label: "全区概况" },
  { href: "/catalog", label: "事项目录" },
]);
