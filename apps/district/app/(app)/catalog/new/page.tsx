import Link from "next/link";
import { notFound } from "next/navigation";
import { ItemEditor } from "@bianmin/ui/client";
import { server } from "@/server";

/** 新增事项 (R-CAT-2): the system administrator defines a new item; it is published as version 1. */
export default async function NewItemPage() {
  const { user } = await server.api();
  if (user.role !== "districtAdmin") notFound();
  return (
    <section className="card">
      <div className="breadcrumb">
        <Link href="/catalog">← 返回事项目录</Link>
      </div>
      <h1>新增事项</h1>
      <ItemEditor mode="create" />
    </section>
  );
}
