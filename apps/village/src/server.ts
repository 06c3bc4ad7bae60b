import { createAppServer, sharedPages } from "@bianmin/ui/server";

export const server = createAppServer("village");
export const pages = sharedPages(server, [
  { href: "/", label: "工作台" },
  { href: "/matters/new", label: "登记事项" },
  { href: "/matters", label: "事项队列" },
  { href: "/appointments", label: "预约服务" },
  { href: "/receptions", label: "干部接待" },
  { href: "/complaints", label: "投诉举报" },
  { href: "/records", label: "登记表和记录本" },
  { href: "/self-review", label: "自我评议" },
  { href: "/station", label: "本站" },
  { href: "/catalog", label: "事项目录" },
]);
