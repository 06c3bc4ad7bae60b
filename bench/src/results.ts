import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { ROOT } from "./apps";

const RESULTS = path.join(ROOT, "bench", "RESULTS.md");
export const RESULTS_DIR = path.join(ROOT, "bench", "results");

/** The machine a run was made on, as the results record it. */
export function machine(): string {
  const cpus = os.cpus();
  return `${cpus.length} × ${cpus[0]?.model.trim() ?? "CPU"}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${os.type()} ${os.release()}`;
}

/** Replace (or add) one benchmark's section of bench/RESULTS.md, between its markers; the rest stays. */
export function writeSection(name: string, markdown: string): void {
  const begin = `<!-- ${name}:begin -->`;
  const end = `<!-- ${name}:end -->`;
  const current = fs.existsSync(RESULTS) ? fs.readFileSync(RESULTS, "utf8") : "";
  const block = `${begin}\n${markdown}\n\n_Machine: ${machine()}._\n${end}`;
  const start = current.indexOf(begin);
  const next = start >= 0 ? `${current.slice(0, start)}${block}${current.slice(current.indexOf(end) + end.length)}` : `${current.trimEnd()}\n\n${block}\n`;
  fs.writeFileSync(RESULTS, next);
}

/** Keep a run's figures as bench/results/<name>.json. */
export function writeResultJson(name: string, value: unknown): void {
  fs.mkdirSync(RESULTS_DIR, { recursive: true });
  fs.writeFileSync(path.join(RESULTS_DIR, `${name}.json`), `${JSON.stringify(value, null, 2)}\n`);
}
