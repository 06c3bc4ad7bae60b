/**
 * `pnpm bench:export`: the exports that grow with the data (issue 9, item 4), through the real api (tRPC callers):
 *   1. 年底存档 (records.closeYear) of ONE station with 100,000 records in 2025: builds the record book as XLSX and
 *      PDF and stores both in record_archives; run twice to check that the same data gives the same files;
 *   2. the district's half-year results XLSX (assessment.exportHalfYearXlsx) for a district of a few hundred stations.
 * Each measured call runs in a child process of its own (this file with `--measure`), so its figures hold only
 * that work: the baseline RSS before the call, the peak RSS (the kernel's high-water mark, VmHWM) and the peak heap
 * (process.memoryUsage() sampled every 20 ms), and the wall time. Writes its section of bench/RESULTS.md.
 */
import { spawn } from "node:child_process";
import { createHash, randomUUID } from "node:crypto";
import fs from "node:fs";
import { fileURLToPath } from "node:url";
import { createDb } from "@bianmin/db";
import type { Db } from "@bianmin/db";
import { benchDatabase, migrateAndSeed } from "./database";
import { writeResultJson, writeSection } from "./results";

const RECORDS = Number(process.env.BENCH_RECORDS ?? 100_000);
const STATIONS = Number(process.env.BENCH_STATIONS ?? 300);
const RUNS = Number(process.env.BENCH_RUNS ?? 2);
const TARGET_MB = 200;
/** The archive process's old-space cap (records.closeYear's own setting). */
const { ARCHIVE_HEAP_MB } = await import("@bianmin/api/archive-process");
const YEAR = 2025;
const HALF_YEAR = "2025-H2";
/** The station that gets the year of records (seeded usernames are `<slug>-head`, `<slug>-1`, ...). */
const STATION = "wangzhuang";
const NOW = "2026-01-05T10:00:00+08:00";
/** What the figures mean, from measurements beside this command (2026-11-25, same data and code). */
const READING = [
  "Reading these figures. Until this change the export ran inside the process that asked, i.e. the app server: streamed, 100,000 records still peaked at 342–349 MB RSS from a 146–154 MB baseline (in this benchmark, with V8's defaults; 292 MB with that process's old space capped at 128 MB). Most of it was garbage a long-lived process lets pile up: in the village app's production server (`next start`, `records.closeYear` over HTTP, `--trace-gc`) every full collection brought the heap back to 84–97 MB (57 MB idle) while RSS went from 185 MB to 607 MB.",
  "",
  "Now `records.closeYear` checks the request in the app and hands the export to a process started for that one job and gone after it (`archive-process.ts`): a plain JavaScript bundle of the worker (`pnpm build` makes it with esbuild; run through the tsx loader the same process weighed 137 MB before any work, bundled about 60 MB), V8's old space capped at 96 MB and its young generation's semi-spaces at 1 MB (with the default 16 MB the same archive peaked about 50 MB higher; a 64 MB cap saved only 4 MB more). The app server's memory stays where it was, and all the child took goes back to the system when it exits. The price is the start of a process, well under a second of a minute's work.",
  "",
  "Nor does the child hold the files: each is written into the archive's transaction as it is made, in pieces of 1 MB hashed on the way (`archive-file-sink.ts`), and the server joins the pieces into the archive row at the end (sent whole, a bytea parameter becomes hex text and a message several times its size — that alone once took 217 MB of Buffers). Held whole, the two files (XLSX 5.4 MB, PDF 17 MB for 100,000 records) put the child's peak at 175–205 MB, varying with when V8 collected the copies; streamed, about 150 MB, most of it the process's start and the CJK fonts. At about 0.22 kB a record bytea stays reasonable (a station of 5,000 records a year keeps about 1.1 MB a year), so the storage is unchanged.",
  "",
  "The download (the row above) used to read a kept file whole (as hex, then bytes, then the response: after an archive in the app, downloading both files took the village server's RSS to 504 MB). Now the database checks the file against its checksum and it is read and sent in pieces of 1 MB; what the asking process rises by is garbage of the pieces' hex text waiting for a collection.",
].join("\n");

/** The figures of the code before the exports streamed, measured with this command on the same data. */
const BEFORE = [
  "Before the exports streamed (commit 7fcc80d: ExcelJS's in-memory workbook, PDFKit with `bufferPages`, the year's matters read as one array, the files sent whole as bytea parameters), on the same data:",
  "",
  "| what | records | time s | baseline RSS MB | peak RSS MB | files |",
  "|---|---|---|---|---|---|",
  "| 年底存档 | 100,000 | 213.8 | 150 | ≥ 4,381: killed, JavaScript heap out of memory | none |",
  "| 年底存档, 2 runs | 10,000 | 15.4 / 20.3 | 152 | 691 / 694 | xlsx 0.4 MB, pdf 2 MB: **a different XLSX in each run** (zip entries dated with the time of writing) |",
  "",
  "That PDF also printed its page numbers on blank pages added at the end, one per page (PDFKit carried the footer text over the bottom margin).",
].join("\n");
const at = (day: string, time = "10:00") => `${day}T${time}:00+08:00`;

type Work = "closeYear" | "download" | "halfYearXlsx";

interface Measured {
  work: Work;
  records: number;
  seconds: number;
  baselineRssMb: number;
  peakRssMb: number;
  peakHeapMb: number;
  peakExternalMb: number;
  files: Record<string, number>;
  sha256?: Record<string, string>;
  /** Why the process died, when it did. */
  failed?: string;
  /** The archive's own process (records.closeYear runs the export in a child): its peak RSS and time. */
  archiveProcess?: { peakRssMb: number; seconds: number };
}

const mb = (bytes: number) => Math.round((bytes / 2 ** 20) * 10) / 10;

// ---------------------------------------------------------------------------------------------------------------
// the child: one measured call

async function measure(work: Work, url: string): Promise<Measured> {
  const { callerAs } = await import("@bianmin/api/testing");
  const { recordArchives } = await import("@bianmin/db");
  const { archiveRuns } = await import("@bianmin/api/archive-process");
  let archiveProcess: Measured["archiveProcess"];
  archiveRuns.subscribe((m) => {
    const run = m as { peakRssMb: number; seconds: number };
    archiveProcess = { peakRssMb: run.peakRssMb, seconds: run.seconds };
  });
  const db = createDb(url, { max: 2 });
  const api = await callerAs(db, work === "halfYearXlsx" ? "erqi-assessor" : `${STATION}-head`, NOW);
  await db.$client`select 1`;
  const baseline = process.memoryUsage();
  const peak = { heap: baseline.heapUsed, external: baseline.external, rss: baseline.rss };
  const sample = () => {
    const m = process.memoryUsage();
    peak.heap = Math.max(peak.heap, m.heapUsed);
    peak.external = Math.max(peak.external, m.external);
    peak.rss = Math.max(peak.rss, m.rss);
  };
  const timer = setInterval(sample, 20);
  const started = performance.now();
  let records: number;
  let files: Record<string, number>;
  if (work === "closeYear") {
    records = (await api.records.closeYear({ year: YEAR })).recordCount;
    files = {};
  } else if (work === "download") {
    // what the download route sends: both kept files, piece by piece, each checked against its checksum
    files = {};
    for (const kind of ["xlsx", "pdf"] as const) {
      const file = await api.records.archiveFile({ year: YEAR, kind });
      const hash = createHash("sha256");
      let bytes = 0;
      for await (const part of file.parts()) {
        hash.update(part);
        bytes += part.length;
      }
      if (hash.digest("hex") !== file.sha256 || bytes !== file.size) throw new Error(`下载的${kind}与存档不符`);
      files[kind] = bytes;
    }
    records = (await api.records.archives()).find((a) => a.year === YEAR)!.recordCount;
  } else {
    const x = await api.assessment.exportHalfYearXlsx({ periodKey: HALF_YEAR });
    records = x.rows;
    files = { xlsx: x.bytes.length };
  }
  const seconds = (performance.now() - started) / 1000;
  clearInterval(timer);
  sample();
  const peakRss = Math.max(peak.rss, highWaterMark("self"));
  let sha256: Record<string, string> | undefined;
  if (work === "closeYear") {
    const [a] = await db.select().from(recordArchives);
    if (!a) throw new Error("存档未写入");
    files = { xlsx: a.xlsx.length, pdf: a.pdf.length };
    sha256 = { xlsx: a.xlsxSha256, pdf: a.pdfSha256 };
  }
  await db.close();
  return { work, records, seconds: Math.round(seconds * 100) / 100, baselineRssMb: mb(baseline.rss), peakRssMb: mb(peakRss), peakHeapMb: mb(peak.heap), peakExternalMb: mb(peak.external), files, sha256, archiveProcess };
}

/** The kernel's high-water mark of a process's resident set, in bytes (0 once it has gone). */
function highWaterMark(pid: number | "self"): number {
  try {
    const hwm = /VmHWM:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, "utf8"));
    return hwm ? Number(hwm[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}

/**
 * Run one measured call in a fresh process (the same loader as this one: tsx). A process that dies (out of memory)
 * is reported as failed with its time and the last high-water mark seen from here.
 */
async function inChild(work: Work, url: string): Promise<Measured> {
  const started = performance.now();
  const child = spawn(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), "--measure", work], {
    env: { ...process.env, BENCH_DATABASE_URL: url },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  let err = "";
  let hwm = 0;
  const watch = setInterval(() => (hwm = Math.max(hwm, highWaterMark(child.pid!))), 100);
  child.stdout.on("data", (c: Buffer) => (out += c.toString()));
  child.stderr.on("data", (c: Buffer) => (err += c.toString()));
  const code = await new Promise<number | null>((r) => child.once("exit", r));
  clearInterval(watch);
  if (code === 0) return JSON.parse(out.trim().split("\n").at(-1)!) as Measured;
  const reason = /heap out of memory/.test(err) ? "JavaScript heap out of memory" : (err.trim().split("\n").find((l) => /Error/.test(l)) ?? `exit ${code}`);
  console.error(err.split("\n").filter((l) => !/^\s+at |^\s*\d+: 0x/.test(l)).join("\n").slice(-2000));
  const seconds = Math.round((performance.now() - started) / 10) / 100;
  return { work, records: 0, seconds, baselineRssMb: 0, peakRssMb: mb(hwm), peakHeapMb: 0, peakExternalMb: 0, files: {}, failed: reason };
}

// ---------------------------------------------------------------------------------------------------------------
// the data

/**
 * A few matters registered through the real services at the station in 2025 (concluded: delivered and rated, a
 * consultation, a rejection), cloned server-side to RECORDS matters spread over the year, all concluded.
 * (The province generator, bench/src/data, gives a station about 110 matters a year; an archive of 100,000 records
 * needs one station-year of that size, so it is filled here.)
 */
async function fillStation(db: Db): Promise<void> {
  const { accepted, registered, staffFor, APPLICANT } = await import("@bianmin/api/fixtures");
  const { callerAs } = await import("@bianmin/api/testing");
  const agent = (await staffFor(db, STATION, "ZZ-012")).covering[0]!.username;
  const m = await accepted(db, agent, "ZZ-012", at("2025-06-02"));
  const api = await callerAs(db, agent, at("2025-06-03"));
  let v = (await api.matter.act({ matterId: m.matterId, expectedVersion: m.version, command: { type: "complete", outcome: "certificateIssued", documents: [{ name: "居住证明" }] } })).version;
  v = (await api.matter.act({ matterId: m.matterId, expectedVersion: v, command: { type: "deliver", method: "inPerson", receivedBy: APPLICANT.name } })).version;
  await api.matter.act({ matterId: m.matterId, expectedVersion: v, command: { type: "rate", level: "satisfied" } });
  const r = await registered(db, agent, "ZZ-012", at("2025-06-04"));
  await r.api.matter.act({ matterId: r.matterId, expectedVersion: 1, command: { type: "reject", reason: "申请人户籍不在本村，不符合办理条件，请到户籍所在地代办站申请" } });
  const head = await callerAs(db, `${STATION}-head`, at("2025-06-05"));
  await head.attendance.clockOn().catch(() => undefined);
  await head.records.consultation({ idempotencyKey: randomUUID(), itemCode: "ZX-001", applicant: APPLICANT, question: "宅基地纠纷如何申请调解？", answer: "可向村人民调解委员会申请调解，也可向镇司法所咨询。" });

  await db.$client.unsafe(
    `with t as (select m.*, (row_number() over (order by registered_at)) - 1 as k, count(*) over () as n from matters m),
          g as (select i, (array['王','李','张','刘','陈','杨','赵','黄','周','吴'])[1 + i % 10] || (array['秀兰','建国','志强','丽娟','海燕','国华','春梅','明','桂英','玉兰','德胜'])[1 + (i / 10) % 11] as name,
                       '139' || lpad(((i * 7919) % 100000000)::text, 8, '0') as phone
                from generate_series(1, $1::int - (select count(*) from matters)::int) i)
     insert into matters (district_id, township_id, village_id, station_id, idempotency_key, channel, source_client_id, item_code, item_version,
                          item_name, status, mode, applicant_name, applicant_phone, applicant_id_number, receipt_no, lookup_code, registered_at,
                          accepted_at, promised_date, paused_on, completed_on, closed_at, first_contact_agent_id, responsible_agent_id,
                          handover_pending, window_id, custody_kind, custody_label, rating, rated_at, follow_up_due, created_by, state, version, updated_at)
     select t.district_id, t.township_id, t.village_id, t.station_id, 'bench-' || g.i, t.channel, t.source_client_id, t.item_code, t.item_version,
            t.item_name, t.status, t.mode, g.name, g.phone, t.applicant_id_number, t.receipt_no || '-' || g.i, t.lookup_code || g.i,
            timestamptz '2025-01-01 08:00+08' + g.i * interval '315 seconds', t.accepted_at, t.promised_date, t.paused_on, t.completed_on,
            coalesce(t.closed_at, t.updated_at), t.first_contact_agent_id, t.responsible_agent_id, t.handover_pending, t.window_id, t.custody_kind,
            t.custody_label, t.rating, t.rated_at, null, t.created_by,
            jsonb_set(jsonb_set(t.state, '{applicant,name}', to_jsonb(g.name)), '{applicant,phone}', to_jsonb(g.phone)), t.version, t.updated_at
     from g join t on t.k = g.i % t.n`,
    [RECORDS],
  );
  await db.$client.unsafe("analyze matters");
}

/** Villages with operating stations in the seeded district's townships, up to STATIONS stations in all. */
async function addStations(db: Db): Promise<void> {
  await db.$client.unsafe(
    `with tw as (select t.*, row_number() over (order by code) - 1 as k, count(*) over () as n from townships t),
          g as (select i from generate_series(1, $1::int - (select count(*) from stations)::int) i),
          v as (insert into villages (district_id, township_id, code, name, kind)
                select tw.district_id, tw.id, tw.code || lpad((300 + g.i / tw.n)::text, 3, '0'), '测试' || g.i || '村', 'village'
                from g join tw on tw.k = g.i % tw.n returning id, district_id, township_id, name)
     insert into stations (district_id, township_id, village_id, address, phone, office_hours, area_m_2, status, operating_since)
     select district_id, township_id, id, name || '村委会', '0371-68900000', '周一至周五 8:30-12:00 14:30-17:30', 40, 'operating', '2020-01-01' from v`,
    [STATIONS],
  );
}

async function prepare(url: string): Promise<void> {
  await migrateAndSeed(url);
  const db = createDb(url, { max: 2 });
  try {
    await fillStation(db);
    await addStations(db);
    const { callerAs } = await import("@bianmin/api/testing");
    await (await callerAs(db, "erqi-assessor", NOW)).assessment.computeHalfYear({ periodKey: HALF_YEAR });
  } finally {
    await db.close();
  }
}

// ---------------------------------------------------------------------------------------------------------------
// the report

const size = (bytes: number) => (bytes < 2 ** 20 ? `${Math.round(bytes / 1024)} kB` : `${mb(bytes)} MB`);
const filesOf = (m: Measured) => (m.failed ? `failed: ${m.failed}` : Object.entries(m.files).map(([k, n]) => `${k} ${size(n)}`).join(", "));
const line = (what: string, m: Measured) =>
  m.failed
    ? `${what}: failed after ${m.seconds} s (${m.failed}), peak RSS ≥ ${m.peakRssMb} MB`
    : `${what}: ${m.records} 条，${m.seconds} 秒，调用进程 RSS ${m.baselineRssMb} → 峰值 ${m.peakRssMb} MB，堆峰值 ${m.peakHeapMb} MB${m.archiveProcess ? `；存档进程峰值 ${m.archiveProcess.peakRssMb} MB` : ""}，${filesOf(m)}`;

/** What an archive cost in memory: its own process's peak, plus whatever the asking process rose above its baseline. */
const archiveCost = (m: Measured) => Math.round((m.archiveProcess?.peakRssMb ?? 0) + Math.max(0, m.peakRssMb - m.baselineRssMb));

function markdown(close: Measured[], download: Measured, half: Measured, measuredAt: string): string {
  const done = close.filter((m) => !m.failed && m.archiveProcess);
  const worst = Math.max(...done.map(archiveCost));
  const differing = ["xlsx", "pdf"].filter((k) => done.some((c) => c.sha256?.[k] !== done[0]!.sha256?.[k]));
  const row = (what: string, m: Measured, target: string) =>
    `| ${what} | ${m.records.toLocaleString("en")} | ${m.seconds} | ${m.baselineRssMb} | ${m.peakRssMb} | ${m.failed ? "" : Math.round(m.peakRssMb - m.baselineRssMb)} | ${m.archiveProcess ? `${m.archiveProcess.peakRssMb} (${m.archiveProcess.seconds} s)` : "–"} | ${filesOf(m)} | ${target} |`;
  const verdict = (m: Measured) => (m.archiveProcess ? `${archiveCost(m)} MB: **${!m.failed && archiveCost(m) < TARGET_MB ? "met" : "not met"}**` : "");
  return [
    "## Exports: year-end archive and half-year results",
    "",
    `Measured ${measuredAt.slice(0, 16).replace("T", " ")} UTC with \`pnpm bench:export\`: the year-end archive (\`records.closeYear\`: the record book built as XLSX and PDF and stored) of one station with ${RECORDS.toLocaleString("en")} records in ${YEAR}, and the district's half-year results XLSX (\`assessment.exportHalfYearXlsx\`). Each call goes through the tRPC caller in a fresh process of its own (run by tsx), standing in for the app server: its baseline RSS just before the call (modules loaded, database connected) and its peak RSS (the high-water mark, VmHWM). \`records.closeYear\` checks the request in that process and runs the export in a child process of its own with V8's old space capped at ${ARCHIVE_HEAP_MB} MB (\`packages/api/src/records/archive-process.ts\`); the child reports its own peak RSS (getrusage's maxrss) and time. The archive's memory is the child's peak plus what the asking process rose above its baseline.`,
    "",
    `| what | records | time s | asking process: baseline RSS MB | peak RSS MB | above baseline MB | archive process: peak RSS MB | files | archive memory < ${TARGET_MB} MB |`,
    "|---|---|---|---|---|---|---|---|---|",
    ...close.map((m, i) => row(`年底存档, run ${i + 1}`, m, verdict(m))),
    row("存档文件下载 (both files, as the download route reads them)", download, ""),
    row(`半年考核 XLSX, ${half.records} stations`, half, ""),
    "",
    `Target (archive of 100,000 records under ${TARGET_MB} MB peak memory): **${done.length === close.length && worst < TARGET_MB && RECORDS >= 100_000 ? "met" : "not met"}**${done.length ? `: at most ${worst} MB` : ""}.${done.length > 1 ? ` The same data gave ${differing.length === 0 ? "byte-identical XLSX and PDF in every run" : `**a different ${differing.join(" and ").toUpperCase()}** in each run`}.` : ""}`,
    "",
    READING,
    "",
    BEFORE,
  ].join("\n");
}

async function main() {
  // the archive process runs the bundled worker: build it from the sources measured
  const { buildArchiveWorker } = await import("@bianmin/api/archive-build");
  await buildArchiveWorker();
  const { url, drop } = await benchDatabase("export_bench");
  try {
    console.log(`准备数据：${RECORDS} 条服务记录，${STATIONS} 个代办站 …`);
    const t = performance.now();
    await prepare(url);
    console.log(`数据已就绪（${Math.round((performance.now() - t) / 1000)} 秒）`);
    const close: Measured[] = [];
    for (let run = 0; run < RUNS && !close.some((m) => m.failed); run++) {
      const db = createDb(url, { max: 1 });
      await db.$client.unsafe("delete from record_archives");
      await db.close();
      close.push(await inChild("closeYear", url));
      console.log(line(`年底存档 ${run + 1}`, close.at(-1)!));
    }
    const download = await inChild("download", url);
    console.log(line("存档文件下载", download));
    const half = await inChild("halfYearXlsx", url);
    console.log(line("半年考核导出", half));
    const measuredAt = new Date().toISOString();
    writeResultJson("export", { measuredAt, records: RECORDS, stations: STATIONS, targetMb: TARGET_MB, closeYear: close, download, halfYearXlsx: half });
    writeSection("export", markdown(close, download, half, measuredAt));
  } finally {
    await drop();
  }
}

if (process.argv[2] === "--measure") {
  const result = await measure(process.argv[3] as Work, process.env.BENCH_DATABASE_URL!);
  process.stdout.write(`${JSON.stringify(result)}\n`);
} else {
  await main();
}
