import { spawn } from "node:child_process";
import type { SpawnOptions } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

/** Run a command to completion with inherited output; resolve with its exit code. */
export function run(cmd: string, args: string[], options: SpawnOptions = {}): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { stdio: "inherit", cwd: ROOT, ...options });
    child.once("error", reject);
    child.once("exit", (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

/** The turbo binary of this workspace. */
export const TURBO = path.join(ROOT, "node_modules", ".bin", "turbo");

export const APPS = [
  { name: "village", port: 3001, title: "村（社区）便民服务代办站" },
  { name: "township", port: 3002, title: "乡镇（街道）便民服务中心" },
  { name: "district", port: 3003, title: "区行政审批中心 · 区行政效能中心" },
] as const;

export function nextBin(app: string): string {
  return path.join(ROOT, "apps", app, "node_modules", "next", "dist", "bin", "next");
}
