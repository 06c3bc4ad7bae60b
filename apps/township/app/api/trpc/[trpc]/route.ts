import { server } from "@/server";

export const GET = server.trpcHandler;
export const POST = server.trpcHandler;
