import type { Metadata } from "next";
import type { ReactNode } from "react";
import "@bianmin/ui/styles.css";

export const metadata: Metadata = { title: "乡镇（街道）便民服务中心 · 二七区便民服务代办系统" };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="zh-CN">
      <body>{children}</body>
    </html>
  );
}
