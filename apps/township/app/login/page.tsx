import { pages } from "@/server";

export default pages.LoginPage;
