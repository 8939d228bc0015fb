import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    env: { TZ: "Asia/Ho_Chi_Minh" },
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: "forks",
  },
});
