/**
 * `pnpm bench:intake`: the same intake (a matter, its first event and its audit entry) done
 *   (a) over HTTP through the real village app: session cookie, tRPC, zod, the domain decider, drizzle; and
 *   (b) as one raw SQL transaction with postgres.js: the same three rows, the same audit-chain lock — the physical
 *       limit on this machine;
 * at 1, 10 and 50 concurrent clients in one run, on a database of its own. Reports transactions per second, the
 * ratio (a)/(b), and p50/p95/p99 latency; writes its section of bench/RESULTS.md.
 */
import { randomUUID } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import postgres from "postgres";
import { auditHash, createDb, runMigrations } from "@bianmin/db";
import { DEMO_PASSWORD, seed } from "@bianmin/db/seed";
import { ROOT, startApp, stopApp, waitForApp } from "./apps";
import { benchDatabase } from "./database";
import { closedLoop } from "./load";
import type { LoadResult } from "./load";
import { writeSection } from "./results";

const PORT = Number(process.env.BENCH_PORT_BASE ?? 3600) + 11;
const BASE = `http://127.0.0.1:${PORT}`;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CLIENTS = [1, 10, 50];
const AGENT = "wangzhuang-1";

/** Sign in through next-auth's credentials flow; returns the Cookie header of the session. */
async function signIn(): Promise<string> {
  const jar = new Map<string, string>();
  const keep = (res: Response) => {
    for (const c of res.headers.getSetCookie()) {
      const [pair] = c.split(";");
      const [k, ...v] = pair!.split("=");
      jar.set(k!, v.join("="));
    }
  };
  const cookie = () => [...jar].map(([k, v]) => `${k}=${v}`).join("; ");
  const csrf = await fetch(`${BASE}/api/auth/csrf`);
  keep(csrf);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const res = await fetch(`${BASE}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookie() },
    body: new URLSearchParams({ csrfToken, username: AGENT, password: DEMO_PASSWORD, json: "true" }),
  });
  keep(res);
  if (![...jar.keys()].some((k) => k.includes("session-token"))) throw new Error(`登录失败（${res.status}）`);
  return cookie();
}

async function trpc(cookie: string, procedure: string, input: unknown): Promise<unknown> {
  const res = await fetch(`${BASE}/api/trpc/${procedure}`, { method: "POST", headers: { "content-type": "application/json", cookie }, body: JSON.stringify({ json: input }) });
  const body = (await res.json()) as { result?: { data: { json: unknown } }; error?: { json: { message: string } } };
  if (!res.ok) throw new Error(`${procedure}: ${res.status} ${body.error?.json.message ?? ""}`);
  return body.result!.data.json;
}

function markdown(http: LoadResult[], raw: LoadResult[], measuredAt: string): string {
  const rows = CLIENTS.map((c, i) => {
    const a = http[i]!;
    const b = raw[i]!;
    return `| ${c} | ${a.perSecond} | ${b.perSecond} | ${Math.round((a.perSecond / b.perSecond) * 100)}% | ${a.p50} / ${a.p95} / ${a.p99} | ${b.p50} / ${b.p95} / ${b.p99} | ${a.failed + b.failed} |`;
  });
  const at50 = http[CLIENTS.indexOf(50)]!;
  const ratio50 = at50.perSecond / raw[CLIENTS.indexOf(50)]!.perSecond;
  return [
    "## Intake: over HTTP against raw SQL",
    "",
    `Measured ${measuredAt.slice(0, 16).replace("T", " ")} UTC with \`pnpm bench:intake\`, ${SECONDS} s per row, closed loops (each client sends the next request when the last is answered). (a) POST \`/api/trpc/matter.register\` to the village app's production build as a signed-in, on-duty agent; (b) the same three rows (matter, event, audit entry under the district's audit-chain lock) in one postgres.js transaction. Latency in ms.`,
    "",
    "| clients | (a) HTTP /s | (b) raw SQL /s | (a)/(b) | (a) p50 / p95 / p99 | (b) p50 / p95 / p99 | errors |",
    "|---|---|---|---|---|---|---|",
    ...rows,
    "",
    `Targets: (a) ≥ 40% of (b): **${ratio50 >= 0.4 ? "met" : "not met"}** at 50 clients (${Math.round(ratio50 * 100)}%); p99 < 50 ms at 50 clients: **${at50.p99 < 50 ? "met" : "not met"}** (${at50.p99} ms).`,
  ].join("\n");
}

async function main() {
  const { url, drop } = await benchDatabase("bianmin_bench_intake");
  await runMigrations(url);
  const db = createDb(url, { max: 2 });
  await seed(db);
  await db.close();
  const app = startApp("village", PORT, url);
  const sql = postgres(url, { max: 60, onnotice: () => {} });
  try {
    await waitForApp(PORT);
    const cookie = await signIn();
    await trpc(cookie, "attendance.clockOn", undefined);
    const [item] = await sql<{ materials: { key: string; count: number; required: boolean }[] }[]>`select materials from service_item_versions where code = 'ZZ-012' order by version desc limit 1`;
    const command = { type: "register", itemCode: "ZZ-012", mode: "assisted", applicant: { name: "刘秀兰", phone: "13903718765", idNumber: "11010519491231002X", address: "二七区马寨镇王庄村3组12号" }, materials: item!.materials.filter((m) => m.required).map((m) => ({ key: m.key, count: m.count })), fees: [] };
    const register = async () => {
      await trpc(cookie, "matter.register", { idempotencyKey: randomUUID(), command });
    };
    await register();

    // the raw transaction writes what the app wrote for that first matter, under new ids
    const [template] = await sql`select * from matters order by registered_at limit 1`;
    const [event] = await sql`select * from matter_events where matter_id = ${template!.id}`;
    const [audit] = await sql`select * from audit_log where action = 'matter.register' order by id limit 1`;
    const rawIntake = async () => {
      await sql.begin(async (tx) => {
        const id = randomUUID();
        const at = new Date();
        await tx`select pg_advisory_xact_lock(hashtext(${`audit:${template!.district_id}`}))`;
        const [last] = await tx`select hash from audit_log where district_id = ${template!.district_id} order by id desc limit 1`;
        await tx`insert into matters ${tx({ ...template!, id, idempotency_key: randomUUID(), registered_at: at, updated_at: at })}`;
        const { id: _eventId, ...eventRow } = event!;
        await tx`insert into matter_events ${tx({ ...eventRow, matter_id: id, at })}`;
        const entry = { districtId: audit!.district_id, actorId: audit!.actor_id, actorName: audit!.actor_name, action: audit!.action, entity: audit!.entity, entityId: id, before: audit!.before, after: audit!.after, at };
        const hash = auditHash(last!.hash, entry);
        await tx`insert into audit_log ${tx({ district_id: entry.districtId, at, actor_id: entry.actorId, actor_name: entry.actorName, action: entry.action, entity: entry.entity, entity_id: id, before: audit!.before, after: audit!.after, prev_hash: last!.hash, hash })}`;
      });
    };

    await rawIntake().catch((e: unknown) => {
      throw new Error(`原始SQL事务失败：${e instanceof Error ? e.message : String(e)}`);
    });

    const http: LoadResult[] = [];
    const raw: LoadResult[] = [];
    for (const clients of CLIENTS) {
      http.push(await closedLoop(clients, SECONDS, register));
      raw.push(await closedLoop(clients, SECONDS, rawIntake));
      const [a, b] = [http.at(-1)!, raw.at(-1)!];
      console.log(`${String(clients).padStart(2)} 个并发：HTTP ${a.perSecond}/s（p50 ${a.p50} p95 ${a.p95} p99 ${a.p99} ms，失败 ${a.failed}） 原始SQL ${b.perSecond}/s（p50 ${b.p50} p95 ${b.p95} p99 ${b.p99} ms，失败 ${b.failed}） 比值 ${Math.round((a.perSecond / b.perSecond) * 100)}%`);
    }
    const measuredAt = new Date().toISOString();
    fs.mkdirSync(path.join(ROOT, "bench", "results"), { recursive: true });
    fs.writeFileSync(path.join(ROOT, "bench", "results", "intake.json"), `${JSON.stringify({ measuredAt, seconds: SECONDS, http, raw }, null, 2)}\n`);
    writeSection("intake", markdown(http, raw, measuredAt));
  } finally {
    await sql.end({ timeout: 5 });
    await stopApp(app);
    await drop();
  }
}

await main();
