/** Materials and fees checked against the item version (R-INT-3, R-INT-7). */
import type { ServiceItemVersion } from "../catalog";
import { DomainError } from "../errors";
import type { HandedInMaterialInput } from "./commands";
import type { FeeReceived, MaterialReceived, SupplementLine } from "./events";

export function yuan(fen: number): string {
  return `${(fen / 100).toFixed(2)}元`;
}

export function checkMaterialKeys(item: ServiceItemVersion, materials: readonly HandedInMaterialInput[]): MaterialReceived[] {
  const seen = new Set<string>();
  return materials.map((m) => {
    if (seen.has(m.key)) {
      throw new DomainError("DUPLICATE_MATERIAL", `材料${m.key}重复填写，请合并为一项并填写份数`, { key: m.key });
    }
    seen.add(m.key);
    const def = item.materials.find((d) => d.key === m.key);
    if (!def) {
      throw new DomainError("UNKNOWN_MATERIAL", `「${item.name}」的材料清单中没有编号为${m.key}的材料`, { key: m.key });
    }
    return { key: m.key, name: def.name, form: def.form, count: m.count };
  });
}

/** Required materials of the item not (fully) present in `have`, in the item's order. */
export function missingMaterials(item: ServiceItemVersion, have: readonly { key: string; count: number }[]): SupplementLine[] {
  const lines: SupplementLine[] = [];
  for (const def of item.materials) {
    if (!def.required) continue;
    const got = have.filter((h) => h.key === def.key).reduce((n, h) => n + h.count, 0);
    if (got >= def.count) continue;
    const short = def.count - got;
    lines.push({
      key: def.key,
      name: def.name,
      form: def.form,
      count: short,
      why: got === 0 ? "missing" : "insufficient",
      detail: got === 0 ? `缺少，需${def.count}份` : `还差${short}份`,
    });
  }
  return lines;
}

export function checkFees(item: ServiceItemVersion, fees: readonly { key: string; amountFen: number }[]): FeeReceived[] {
  const seen = new Set<string>();
  return fees.map((f) => {
    if (seen.has(f.key)) throw new DomainError("DUPLICATE_FEE", `收费项目${f.key}重复填写`, { key: f.key });
    seen.add(f.key);
    const def = item.fees.find((d) => d.key === f.key);
    if (!def) {
      throw new DomainError(
        "FEE_NOT_STATUTORY",
        `「${item.name}」没有编号为${f.key}的法定收费项目；代办站无偿代办，除法定收费外不得收取任何费用`,
        { key: f.key },
      );
    }
    if (f.amountFen !== def.amountFen) {
      throw new DomainError(
        "FEE_AMOUNT_MISMATCH",
        `「${def.name}」的法定收费为${yuan(def.amountFen)}（依据：${def.basis}），不能收取${yuan(f.amountFen)}`,
        { key: f.key, statutoryFen: def.amountFen, amountFen: f.amountFen },
      );
    }
    return { key: def.key, name: def.name, amountFen: def.amountFen, basis: def.basis };
  });
}
