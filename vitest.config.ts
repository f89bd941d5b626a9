import path from "node:path";
import { defineConfig } from "vitest/config";
import { env } from "./lib/config/env.ts";

const root = import.meta.dirname;
const resolve = {
  alias: {
    "@": root,
    // "server-only" throws outside React Server Components; tests call server code directly.
    "server-only": path.join(root, "lib/test/server-only-stub.ts"),
  },
};

// CI collects machine-readable results to print one closing summary line.
const { TEST_REPORT_DIR: reportDir, TEST_DATABASE_URL } = env();
const runName = process.argv.includes("integration")
  ? TEST_DATABASE_URL
    ? "integration-postgresql"
    : "integration"
  : "unit";
// The suites run the demo configuration (demo mailbox, published mock tokens) unless a test says otherwise;
// the production defaults have their own tests (lib/config, scripts/production-server.integration.test.ts).
const testEnv = { DEMO_MODE: "1" };

export default defineConfig({
  test: {
    reporters: reportDir
      ? ["default", ["json", { outputFile: path.join(reportDir, `vitest-${runName}.json`) }]]
      : ["default"],
    projects: [
      {
        resolve,
        test: {
          name: "unit",
          env: testEnv,
          include: ["{lib,app,components,scripts}/**/*.test.ts"],
          exclude: ["**/*.integration.test.ts", "node_modules/**"],
          environment: "node",
        },
      },
      {
        resolve,
        test: {
          name: "integration",
          env: testEnv,
          include: ["{lib,app,scripts}/**/*.integration.test.ts"],
          environment: "node",
          globalSetup: ["lib/test/global-setup-integration.ts"],
          setupFiles: ["lib/test/setup-integration.ts"],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // PostgreSQL runs share one database: one file at a time there.
          fileParallelism: !TEST_DATABASE_URL,
          maxWorkers: 2,
        },
      },
    ],
  },
});
