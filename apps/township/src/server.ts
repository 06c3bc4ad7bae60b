import { createAppServer, sharedPages } from "@bianmin/ui/server";

export const server = createAppServer("township");
export const pages = sharedPages(server, [
  { href: "/", label: "本中心" },
  { href: "/catalog", label: "事项目录" },
]);
