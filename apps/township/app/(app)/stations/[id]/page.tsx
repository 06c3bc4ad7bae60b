import { pages } from "@/server";

export default pages.StationPage;
