import os from "node:os";
import path from "node:path";
import fs from "node:fs";

/**
 * The PostgreSQL server tests use: `DATABASE_URL` when set (CI's system PostgreSQL), otherwise an embedded
 * server in a temporary directory, stopped by the returned function.
 */
export async function testServer(): Promise<{ url: string; stop: () => Promise<void> }> {
  const url = process.env.DATABASE_URL;
  if (url) return { url, stop: async () => {} };
  const { startEmbedded } = await import("../embedded");
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "bianmin-pg-"));
  const server = await startEmbedded(path.join(dir, "data"), { port: 0, database: "postgres" });
  return {
    url: server.url,
    stop: async () => {
      await server.stop();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
