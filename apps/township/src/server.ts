import { createAppServer, sharedPages } from "@bianmin/ui/server";

export const server = createAppServer("township");
export const pages = sharedPages(server, [
  { href: "/", label: "督查总览" },
  { href: "/window", label: "窗口收件" },
  { href: "/follow-ups", label: "整改回访" },
  { href: "/complaints", label: "投诉督办" },
  { href: "/rectifications", label: "整改确认" },
  { href: "/standardization", label: "规范化建设" },
  { href: "/assessments", label: "双月考核" },
  { href: "/rollout", label: "建设进度" },
  { href: "/center", label: "本中心" },
  { href: "/catalog", label: "事项目录" },
]);
