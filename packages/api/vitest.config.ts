import { defineConfig } from "vitest/config";
export default defineConfig({
  test: {
    include: ["src/**/*.test.ts"],
    globalSetup: ["@bianmin/db/testing/global-setup", "./src/records/archive-build.ts"],
    testTimeout: 30_000,
    hookTimeout: 120_000,
  },
});
