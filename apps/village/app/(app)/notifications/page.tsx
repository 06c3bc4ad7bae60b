import { notificationsPage } from "@bianmin/ui/server";
import { server } from "@/server";

export default notificationsPage(server);
