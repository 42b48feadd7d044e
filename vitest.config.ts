import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Two cores: moto, cfn-lint and terraform run beside the test workers.
    maxWorkers: 2,
    server: { deps: { inline: ["@actions/workflow-parser", "@actions/expressions"] } },
  },
});
