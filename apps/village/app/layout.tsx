import type { Metadata } from "next";
import type { ReactNode } from "react";
import "@bianmin/ui/styles.css";
import "@bianmin/ui/documents/print.css";

export const metadata: Metadata = { title: "村（社区）便民服务代办站 · 二七区便民服务代办系统" };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="zh-CN">
      <body>{children}</body>
    </html>
  );
}
