import { loginPage } from "@bianmin/ui/server";
import { server } from "@/server";

export default loginPage(server);
