import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["e2e/**/*.test.ts"],
    globalSetup: ["@bianmin/db/testing/global-setup"],
    testTimeout: 60_000,
    hookTimeout: 180_000,
    fileParallelism: false,
    // a page waits on the server's work (PDFs, archives): poll for longer than vitest's 1 s on a busy machine
    expect: { poll: { timeout: 15_000 } },
  },
});
