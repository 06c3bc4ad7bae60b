import { spawn } from "node:child_process";
import diagnostics from "node:diagnostics_channel";
import { TRPCError } from "@trpc/server";
import type { TRPC_ERROR_CODE_KEY } from "@trpc/server";
import type { YearArchive, YearArchiveJob } from "./archive";

/**
 * The old-space cap of the archive process, MB. The export streams rows in and file pieces out (its live heap stays
 * around 30–40 MB whatever the year's size); the cap only makes V8 collect its garbage early instead of letting it
 * grow to hundreds of MB, as it does in a long-lived app server (bench/RESULTS.md).
 */
export const ARCHIVE_HEAP_MB = 96;
/**
 * With V8's default young generation (16 MB semi-spaces) the same archive peaks about 50 MB higher. Node warns of
 * `new Buffer()` only outside node_modules, and the bundle carries a library that still calls it.
 */
const NODE_FLAGS = [`--max-old-space-size=${ARCHIVE_HEAP_MB}`, "--max-semi-space-size=1", "--disable-warning=DEP0005"];
/** A year of a very busy station takes about a minute; a process still at work after this is stuck. */
const TIMEOUT_MS = 15 * 60_000;

/** What the archive process answers. */
export type ArchiveReply = ({ ok: true; archive: YearArchive } | { ok: false; code: TRPC_ERROR_CODE_KEY; message: string }) & {
  /** The process's peak resident memory, MB, and its time, s. */
  peakRssMb: number;
  seconds: number;
};

/** Each finished archive process publishes its figures here (server logs, `pnpm bench:export`). */
export const archiveRuns = diagnostics.channel("bianmin:records.archive");

/**
 * Write a year's archive in a child process of its own, started for this one job and gone after it: a short-lived
 * process with a small heap keeps the export's memory bounded, and whatever it took is returned to the system when
 * it exits, instead of staying in the app server that asked. The child runs this package's `archive-worker` export
 * (the bundle archive-build.ts makes), resolved from the working directory: a path computed here would not
 * survive the apps' server bundles.
 */
export function archiveInOwnProcess(job: YearArchiveJob): Promise<YearArchive> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...NODE_FLAGS, "--input-type=module", "-e", 'await import("@bianmin/api/archive-worker")'], {
      stdio: ["ignore", "inherit", "inherit", "ipc"],
    });
    let reply: ArchiveReply | undefined;
    const timer = setTimeout(() => child.kill("SIGKILL"), TIMEOUT_MS);
    child.once("message", (m) => (reply = m as ArchiveReply));
    child.once("error", (e) => {
      clearTimeout(timer);
      reject(new TRPCError({ code: "INTERNAL_SERVER_ERROR", message: "存档进程无法启动，该年度未存档，请稍后重试", cause: e }));
    });
    child.once("exit", (code, signal) => {
      clearTimeout(timer);
      if (!reply) {
        reject(new TRPCError({ code: "INTERNAL_SERVER_ERROR", message: `存档进程意外退出（${signal ?? code}），该年度未存档，请稍后重试` }));
        return;
      }
      archiveRuns.publish({ pid: child.pid, stationId: job.unit.stationId, year: job.year, ok: reply.ok, peakRssMb: reply.peakRssMb, seconds: reply.seconds });
      if (reply.ok) resolve(reply.archive);
      else reject(new TRPCError({ code: reply.code, message: reply.message }));
    });
    child.send(job);
  });
}
