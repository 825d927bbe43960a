import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // compiles dist/, which the npm start scripts run (see test/build-dist.ts)
    globalSetup: ["test/build-dist.ts"],
    testTimeout: 20_000,
    hookTimeout: 30_000,
  },
});
