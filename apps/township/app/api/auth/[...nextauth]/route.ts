import { server } from "@/server";

export const GET = server.authHandler;
export const POST = server.authHandler;
