/**
 * Builds the archive process's program (`dist/archive-worker.mjs`, this package's `archive-worker` export): the
 * worker entry and every workspace module it uses, bundled into one plain JavaScript file. Run as a TypeScript
 * loader (tsx) the same process starts at about 137 MB before any work (the loader's own thread, transforms and
 * the whole source graph); bundled it starts at about 60 MB, and the year-end archive's memory is mostly that start.
 * Run by `pnpm build` (before the apps) and before the api's tests; takes about a second.
 */
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { build } from "esbuild";

const PACKAGE_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const ARCHIVE_WORKER_FILE = path.join(PACKAGE_DIR, "dist", "archive-worker.mjs");

export async function buildArchiveWorker(): Promise<string> {
  await build({
    entryPoints: [path.join(PACKAGE_DIR, "src", "records", "archive-worker.ts")],
    outfile: ARCHIVE_WORKER_FILE,
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    // these read files that lie beside them at run time (pdfkit's font metrics, the CJK font files): loaded from
    // node_modules, where this package lists them among its dependencies
    external: ["pdfkit", "@expo-google-fonts/noto-sans-sc"],
    // the CommonJS libraries inside (ExcelJS and its zip writer) call require(); an ES module has none of its own
    banner: { js: 'import { createRequire as __bianminRequire } from "node:module"; const require = __bianminRequire(import.meta.url);' },
    logLevel: "warning",
  });
  return ARCHIVE_WORKER_FILE;
}

/** vitest's global setup: the api's tests close years through the archive process. */
export async function setup(): Promise<void> {
  await buildArchiveWorker();
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.log(`已构建存档程序：${path.relative(process.cwd(), await buildArchiveWorker())}`);
}
