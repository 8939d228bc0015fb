import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    env: { TZ: "Asia/Ho_Chi_Minh" },
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: "forks",
    // TEST_DATABASE=postgres: one migrated template database per run (test/support/temp-database.ts).
    globalSetup: ["test/support/postgres-global-setup.ts"],
  },
});
