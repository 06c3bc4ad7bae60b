import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const SRC = path.dirname(fileURLToPath(import.meta.url));
const FORBIDDEN = /from\s+"(drizzle-orm[^"]*|postgres|next[^"]*|@trpc\/[^"]*|next-auth[^"]*|node:[^"]*|fs|path|http|https|net|child_process|chinese-days|@bianmin\/(db|api|auth|ui))"/;

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === "test-fixtures" ? [] : sources(p);
    return e.name.endsWith(".ts") && !e.name.endsWith(".test.ts") ? [p] : [];
  });
}

describe("the domain package stays pure", () => {
  it("imports nothing from the database, the web framework, auth or node I/O, and never reads the clock", () => {
    const files = sources(SRC);
    expect(files.length).toBeGreaterThan(10);
    for (const file of files) {
      const text = fs.readFileSync(file, "utf8");
      expect(text, path.relative(SRC, file)).not.toMatch(FORBIDDEN);
      expect(text, path.relative(SRC, file)).not.toMatch(/Date\.now\(\)|new Date\(\)/);
    }
  });
});
