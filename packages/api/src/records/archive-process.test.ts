import { describe, expect, it } from "vitest";
import { archiveInOwnProcess, archiveRuns } from "./archive-process";

describe("the archive process", () => {
  it("R-DATA-1 a failure inside the archive process comes back as a clear refusal, with the process's figures published", async () => {
    const runs: unknown[] = [];
    const listen = (m: unknown) => runs.push(m);
    archiveRuns.subscribe(listen);
    try {
      const job = {
        databaseUrl: "postgres://postgres@127.0.0.1:1/nothing",
        user: { id: "00000000-0000-0000-0000-000000000001", name: "站长" },
        unit: { districtId: "d", townshipId: "t", villageId: "v", stationId: "s" },
        stationName: "某站",
        year: 2025,
        now: "2026-01-05T02:00:00.000Z",
      };
      await expect(archiveInOwnProcess(job)).rejects.toMatchObject({ code: "INTERNAL_SERVER_ERROR", message: expect.stringMatching(/^存档失败：.*ECONNREFUSED/) });
    } finally {
      archiveRuns.unsubscribe(listen);
    }
    expect(runs).toEqual([expect.objectContaining({ ok: false, year: 2025, stationId: "s", peakRssMb: expect.any(Number) })]);
  });
});
