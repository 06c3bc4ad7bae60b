/**
 * The archive process's entry (started by archive-process.ts): takes one job over IPC, writes the year's archive,
 * answers with the result and its own peak memory, and exits.
 */
import { TRPCError } from "@trpc/server";
import { createDb } from "@bianmin/db";
import { writeYearArchive } from "./archive";
import type { YearArchiveJob } from "./archive";
import type { ArchiveReply } from "./archive-process";

process.once("message", (job: YearArchiveJob) => {
  void (async () => {
    const started = performance.now();
    // two connections: the archive's transaction, and the snapshot the year's rows are read from
    const db = createDb(job.databaseUrl, { max: 2 });
    let outcome: Pick<ArchiveReply, "ok"> & Record<string, unknown>;
    try {
      outcome = { ok: true, archive: await writeYearArchive(db, job) };
    } catch (e) {
      outcome = e instanceof TRPCError ? { ok: false, code: e.code, message: e.message } : { ok: false, code: "INTERNAL_SERVER_ERROR", message: `存档失败：${e instanceof Error ? e.message : String(e)}` };
      if (!(e instanceof TRPCError)) console.error(e);
    } finally {
      await db.close();
    }
    const reply = { ...outcome, peakRssMb: Math.round(process.resourceUsage().maxRSS / 102.4) / 10, seconds: Math.round(performance.now() - started) / 1000 } as ArchiveReply;
    process.send!(reply, () => process.disconnect());
  })();
});
