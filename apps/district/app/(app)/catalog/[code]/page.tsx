import Link from "next/link";
import { ItemActiveForm } from "@bianmin/ui/client";
import { pages, server } from "@/server";

/** One item's guide; the system administrator also gets 修订, 版本历史 and 窗口对应 (R-CAT-2, R-CAT-3). */
export default async function DistrictItemPage(props: { params: Promise<{ code: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const [{ user, api }, { code }] = await Promise.all([server.api(), props.params]);
  const c = encodeURIComponent(decodeURIComponent(code));
  const active = user.role === "districtAdmin" ? await api.catalog.item({ code: decodeURIComponent(code) }).then((d) => d.active, () => null) : null;
  return (
    <>
      {user.role === "districtAdmin" ? (
        <div className="inline-form no-print" data-testid="item-admin-actions">
          <Link className="btn primary" href={`/catalog/${c}/edit`}>
            修订事项
          </Link>
          <Link className="btn" href={`/catalog/${c}/versions`}>
            版本历史
          </Link>
          {active === null ? null : <ItemActiveForm code={decodeURIComponent(code)} active={active} />}
        </div>
      ) : null}
      <pages.ItemPage {...props} />
    </>
  );
}
