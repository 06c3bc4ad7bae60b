import { pages } from "@/server";

export default pages.NotificationsPage;
