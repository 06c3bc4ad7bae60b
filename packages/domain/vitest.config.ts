import { defineConfig } from "vitest/config";

// property tests run hundreds of cases: on a loaded 2-core machine they need more than vitest's default 5 s
export default defineConfig({ test: { include: ["src/**/*.test.ts"], testTimeout: 30_000 } });
