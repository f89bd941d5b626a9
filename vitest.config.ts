import path from "node:path";
import { defineConfig } from "vitest/config";

const root = import.meta.dirname;
const resolve = {
  alias: {
    "@": root,
    // "server-only" throws outside React Server Components; tests call server code directly.
    "server-only": path.join(root, "lib/test/server-only-stub.ts"),
  },
};

// CI collects machine-readable results to print one closing summary line.
const reportDir = process.env.TEST_REPORT_DIR;
const runName = process.argv.includes("integration") ? (process.env.TEST_DATABASE_URL ? "integration-postgresql" : "integration") : "unit";

export default defineConfig({
  test: {
    reporters: reportDir ? ["default", ["json", { outputFile: path.join(reportDir, `vitest-${runName}.json`) }]] : ["default"],
    projects: [
      {
        resolve,
        test: {
          name: "unit",
          include: ["{lib,app,components,scripts}/**/*.test.ts"],
          exclude: ["**/*.integration.test.ts", "node_modules/**"],
          environment: "node",
        },
      },
      {
        resolve,
        test: {
          name: "integration",
          include: ["{lib,app,scripts}/**/*.integration.test.ts"],
          environment: "node",
          globalSetup: ["lib/test/global-setup-integration.ts"],
          setupFiles: ["lib/test/setup-integration.ts"],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // PostgreSQL runs share one database: one file at a time there.
          fileParallelism: !process.env.TEST_DATABASE_URL,
          maxWorkers: 2,
        },
      },
    ],
  },
});
