/**
 * `pnpm bench:intake`: the same intake (a matter, its first event and its audit entry) done
 *   (a) over HTTP through the real village app: session cookie, tRPC, zod, the domain decider, drizzle; and
 *   (b) as one raw SQL statement with postgres.js: the same three rows written by the same statement the app sends
 *       (matter, event, and the audit entry through its chain's head row) — the physical limit on this machine;
 * at 1, 10 and 50 concurrent clients in one run, on a database of its own. Reports transactions per second, the
 * ratio (a)/(b), and p50/p95/p99 latency; writes its section of bench/RESULTS.md.
 */
import { randomUUID } from "node:crypto";
import http from "node:http";
import zlib from "node:zlib";
import postgres from "postgres";
import { auditHashTail, createDb, GENESIS_HASH, verifyAuditChain } from "@bianmin/db";
import { DEMO_PASSWORD } from "@bianmin/db/seed";
import { startApp, stopApp, waitForApp } from "./apps";
import { benchDatabase, migrateAndSeed } from "./database";
import { closedLoop } from "./load";
import type { LoadResult } from "./load";
import { writeResultJson, writeSection } from "./results";

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

/**
 * One tRPC call over a kept-alive connection with node:http, sending what a browser's fetch sends (JSON, the
 * session cookie, accept-encoding gzip): undici's fetch costs the load generator several times more CPU per request,
 * and on two cores that CPU is taken from the app being measured.
 */
const agent = new http.Agent({ keepAlive: true, maxSockets: 64 });
function trpc(cookie: string, procedure: string, input: unknown): Promise<unknown> {
  const body = JSON.stringify({ json: input });
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: "127.0.0.1", port: PORT, path: `/api/trpc/${procedure}`, method: "POST", agent, headers: { "content-type": "application/json", "content-length": Buffer.byteLength(body), "accept-encoding": "gzip, deflate", cookie } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("error", reject);
        res.on("end", () => {
          try {
            const raw = Buffer.concat(chunks);
            const text = (res.headers["content-encoding"] === "gzip" ? zlib.gunzipSync(raw) : res.headers["content-encoding"] === "deflate" ? zlib.inflateSync(raw) : raw).toString();
            const parsed = JSON.parse(text) as { result?: { data: { json: unknown } }; error?: { json: { message: string } } };
            if (res.statusCode !== 200) reject(new Error(`${procedure}: ${res.statusCode} ${parsed.error?.json.message ?? ""}`));
            else resolve(parsed.result!.data.json);
          } catch (e) {
            reject(e instanceof Error ? e : new Error(String(e)));
          }
        });
      },
    );
    req.on("error", reject);
    req.end(body);
  });
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
    `Measured ${measuredAt.slice(0, 16).replace("T", " ")} UTC with \`pnpm bench:intake\`, ${SECONDS} s per row, closed loops (each client sends the next request when the last is answered). (a) POST \`/api/trpc/matter.register\` to the village app's production build as a signed-in, on-duty agent; (b) the same three rows (matter, event, audit entry through the district's audit-chain head row) in the one statement the app sends, from postgres.js over 10 connections like the app's pool. Latency in ms.`,
    "",
    "| clients | (a) HTTP /s | (b) raw SQL /s | (a)/(b) | (a) p50 / p95 / p99 | (b) p50 / p95 / p99 | errors |",
    "|---|---|---|---|---|---|---|",
    ...rows,
    "",
    `CPU of the benchmark process itself per request at 50 clients, taken from the same 2 cores: (a) ${at50.cpuPerOp} ms (the HTTP client), (b) ${raw[CLIENTS.indexOf(50)]!.cpuPerOp} ms (postgres.js).`,
    "",
    `Targets: (a) ≥ 40% of (b): **${ratio50 >= 0.4 ? "met" : "not met"}** at 50 clients (${Math.round(ratio50 * 100)}%); p99 < 50 ms at 50 clients: **${at50.p99 < 50 ? "met" : "not met"}** (${at50.p99} ms).`,
  ].join("\n");
}

async function main() {
  const { url, drop } = await benchDatabase("bianmin_bench_intake");
  await migrateAndSeed(url);
  const app = startApp("village", PORT, url);
  // as many connections as the app's pool (createDb's default): more only queue on the district's audit-chain row
  const sql = postgres(url, { max: 10, onnotice: () => {} });
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

    // the raw statement writes what the app wrote for that first matter, under new ids, with the app's statement:
    // the matter, its event, and the audit entry through its chain's head row (as auditEntryCtes in @bianmin/db)
    const [template] = await sql`select * from matters order by registered_at limit 1`;
    const [eventRow] = await sql`select * from matter_events where matter_id = ${template!.id}`;
    const { id: _eventId, ...event } = eventRow!;
    const [audit] = await sql`select * from audit_log where action = 'matter.register' order by id limit 1`;
    const district = template!.district_id as string;
    const json = (v: unknown) => (v === null ? null : JSON.stringify(v));
    const rawIntake = async () => {
      const id = randomUUID();
      const at = new Date();
      const tail = auditHashTail({ districtId: district, actorId: audit!.actor_id, actorName: audit!.actor_name, action: audit!.action, entity: audit!.entity, entityId: id, before: audit!.before, after: audit!.after, at });
      await sql`
        with new_matter as (insert into matters ${sql({ ...template!, id, idempotency_key: randomUUID(), registered_at: at, updated_at: at })}),
        new_events as (insert into matter_events ${sql({ ...event, matter_id: id, at })}),
        audit_head as (
          insert into audit_heads as h (chain, prev_hash, hash)
          select ${district}, p.hash, encode(sha256(convert_to('["' || p.hash || '",' || ${tail}::text, 'UTF8')), 'hex')
          from (select coalesce((select hash from audit_log where district_id = ${district} order by id desc limit 1), ${GENESIS_HASH}) as hash) p
          on conflict (chain) do update set prev_hash = h.hash, hash = encode(sha256(convert_to('["' || h.hash || '",' || ${tail}::text, 'UTF8')), 'hex')
          returning prev_hash, hash
        ), audit_entry as (
          insert into audit_log (district_id, at, actor_id, actor_name, action, entity, entity_id, before, after, prev_hash, hash)
          select ${district}::uuid, ${at}::timestamptz, ${audit!.actor_id}::uuid, ${audit!.actor_name}::text, ${audit!.action}::text, ${audit!.entity}::text,
            ${id}::text, ${json(audit!.before)}::jsonb, ${json(audit!.after)}::jsonb, prev_hash, hash
          from audit_head
        ) select 1`;
    };

    await rawIntake().catch((e: unknown) => {
      throw new Error(`原始SQL语句失败：${e instanceof Error ? e.message : String(e)}`);
    });

    const http: LoadResult[] = [];
    const raw: LoadResult[] = [];
    for (const clients of CLIENTS) {
      http.push(await closedLoop(clients, SECONDS, register));
      raw.push(await closedLoop(clients, SECONDS, rawIntake));
      const [a, b] = [http.at(-1)!, raw.at(-1)!];
      console.log(`${String(clients).padStart(2)} 个并发：HTTP ${a.perSecond}/s（p50 ${a.p50} p95 ${a.p95} p99 ${a.p99} ms，失败 ${a.failed}，压测进程CPU ${a.cpuPerOp} ms/次） 原始SQL ${b.perSecond}/s（p50 ${b.p50} p95 ${b.p95} p99 ${b.p99} ms，失败 ${b.failed}，压测进程CPU ${b.cpuPerOp} ms/次） 比值 ${Math.round((a.perSecond / b.perSecond) * 100)}%`);
    }
    // both sides appended to one district's chain: the verifier recomputes every hash the SQL computed
    const appDb = createDb(url, { max: 1 });
    const chain = await verifyAuditChain(appDb).finally(() => appDb.close());
    if (chain.firstBreak) throw new Error(`审计链断裂：第 ${chain.firstBreak.id} 条，${chain.firstBreak.reason}`);
    console.log(`审计链完整：${chain.checked} 条`);
    const measuredAt = new Date().toISOString();
    writeResultJson("intake", { measuredAt, seconds: SECONDS, http, raw });
    writeSection("intake", markdown(http, raw, measuredAt));
  } finally {
    await sql.end({ timeout: 5 });
    agent.destroy();
    await stopApp(app);
    await drop();
  }
}

await main();
