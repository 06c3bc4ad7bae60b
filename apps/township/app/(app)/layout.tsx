import { pages } from "@/server";

export const dynamic = "force-dynamic";
export default pages.ShellLayout;
