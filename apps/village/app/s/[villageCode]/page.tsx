import type { Metadata } from "next";
import { cache } from "react";
import { StationPublicPage } from "@bianmin/ui";
import { orNotFound } from "@bianmin/ui/server";
import { server } from "@/server";

export const dynamic = "force-dynamic";

type Params = Promise<{ villageCode: string }>;

/** One read per request, shared by the title and the page; an unknown or station-less code is a 404. */
const load = cache(async (villageCode: string) => orNotFound((await server.publicApi()).publicStation.page({ villageCode })));

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  return { title: `${(await load((await params).villageCode)).station.name} · 公示` };
}

/** 代办站公示页 (no sign-in, R-CAT-4): guides, workflow, rules, staff, hotlines and the online complaint form. */
export default async function StationPublic({ params }: { params: Params }) {
  return <StationPublicPage data={await load((await params).villageCode)} />;
}
