/** Noto Sans SC (OFL) from @expo-google-fonts/noto-sans-sc, read once per process. pdfkit embeds only a subset. */
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

export interface CjkFonts {
  regular: Buffer;
  bold: Buffer;
}

const PKG = "@expo-google-fonts/noto-sans-sc";

let cached: CjkFonts | null = null;

/**
 * Where the font package lies. Node resolves it from here; inside a Next.js server bundle `require.resolve`
 * yields a module id instead of a path, so we then look in node_modules from the working directory up (each app
 * that renders PDFs lists the font package among its own dependencies). BIANMIN_CJK_FONT_DIR overrides both.
 */
function fontDir(): string {
  const override = process.env.BIANMIN_CJK_FONT_DIR;
  if (override) return override;
  try {
    const resolved: unknown = createRequire(import.meta.url).resolve(`${PKG}/package.json`);
    if (typeof resolved === "string" && existsSync(resolved)) return dirname(resolved);
  } catch {
    // fall through to the directory walk
  }
  for (let dir = process.cwd(); ; dir = dirname(dir)) {
    const candidate = join(dir, "node_modules", PKG);
    if (existsSync(join(candidate, "package.json"))) return candidate;
    if (dirname(dir) === dir) break;
  }
  throw new Error(`找不到中文字体包 ${PKG}：请先运行 pnpm install`);
}

export function cjkFonts(): CjkFonts {
  if (!cached) {
    const dir = fontDir();
    cached = {
      regular: readFileSync(join(dir, "400Regular/NotoSansSC_400Regular.ttf")),
      bold: readFileSync(join(dir, "700Bold/NotoSansSC_700Bold.ttf")),
    };
  }
  return cached;
}
