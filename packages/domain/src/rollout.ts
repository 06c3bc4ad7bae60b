import { isIsoDate } from "./dates";
import type { IsoDate } from "./dates";
import { DomainError } from "./errors";

/**
 * Rollout progress (建设进度, R-ORG-6): share of villages whose station is operating on a date, per township
 * and district-wide, against dated targets; townships behind the target in force are flagged.
 */

export interface RolloutTarget {
  /** The date by which the share must be reached. */
  date: IsoDate;
  /** Percentage of villages with an operating station, 0..100. */
  percent: number;
}

export interface RolloutVillage {
  id: string;
  name: string;
  /** Date the township centre confirmed the station as operating, or null. */
  operatingSince: IsoDate | null;
}

export interface RolloutTownship {
  id: string;
  name: string;
  villages: readonly RolloutVillage[];
}

export interface Progress {
  total: number;
  operating: number;
  /** Rounded to one decimal; 0 when there are no villages. */
  percent: number;
}

export interface TownshipProgress extends Progress {
  id: string;
  name: string;
  /** True when a target is in force and the township has not reached it. */
  behind: boolean;
}

export interface RolloutReport {
  on: IsoDate;
  /** The latest target whose date has passed (on or before `on`), or null. */
  targetInForce: RolloutTarget | null;
  /** The first target still ahead, or null. */
  nextTarget: RolloutTarget | null;
  district: Progress & { behind: boolean };
  townships: TownshipProgress[];
}

function progress(villages: readonly RolloutVillage[], on: IsoDate): Progress {
  const total = villages.length;
  const operating = villages.filter((v) => v.operatingSince !== null && v.operatingSince <= on).length;
  return { total, operating, percent: total === 0 ? 0 : Math.round((operating * 1000) / total) / 10 };
}

/** Exact comparison: operating / total < percent / 100, without rounding. */
function isBehind(p: Progress, target: RolloutTarget | null): boolean {
  return target !== null && p.total > 0 && p.operating * 100 < target.percent * p.total;
}

/** Progress on `on` for every township and the district. */
export function rolloutProgress(input: {
  targets: readonly RolloutTarget[];
  townships: readonly RolloutTownship[];
  on: IsoDate;
}): RolloutReport {
  const { on } = input;
  if (!isIsoDate(on)) throw new DomainError("ROLLOUT_INVALID", `日期格式不正确：${on}`, { on });
  for (const t of input.targets) {
    if (!isIsoDate(t.date) || !(t.percent >= 0 && t.percent <= 100)) {
      throw new DomainError("ROLLOUT_INVALID", `建设目标不正确：${t.date} ${t.percent}%`, { target: t });
    }
  }
  for (const v of input.townships.flatMap((t) => t.villages)) {
    if (v.operatingSince !== null && !isIsoDate(v.operatingSince)) {
      throw new DomainError("ROLLOUT_INVALID", `${v.name}的运行日期格式不正确：${v.operatingSince}`, { village: v.id });
    }
  }
  const sorted = [...input.targets].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const targetInForce = sorted.filter((t) => t.date <= on).at(-1) ?? null;
  const nextTarget = sorted.find((t) => t.date > on) ?? null;
  const townships = input.townships.map((t) => {
    const p = progress(t.villages, on);
    return { id: t.id, name: t.name, ...p, behind: isBehind(p, targetInForce) };
  });
  const district = progress(
    input.townships.flatMap((t) => t.villages),
    on,
  );
  return { on, targetInForce, nextTarget, district: { ...district, behind: isBehind(district, targetInForce) }, townships };
}
