import { DomainError } from "./errors";

/**
 * Station name (R-ORG-3): derived, never typed — `${district}${township}${village}便民服务代办站`, with the
 * district name taken from data.
 */
export function stationName(parts: { districtName: string; townshipName: string; villageName: string }): string {
  const labels = { districtName: "区名称", townshipName: "乡镇（街道）名称", villageName: "村（社区）名称" } as const;
  for (const k of Object.keys(labels) as (keyof typeof labels)[]) {
    if (!parts[k] || !parts[k].trim()) {
      throw new DomainError("NAME_PART_MISSING", `${labels[k]}不能为空，无法生成代办站名称`, { part: k });
    }
  }
  return `${parts.districtName.trim()}${parts.townshipName.trim()}${parts.villageName.trim()}便民服务代办站`;
}
