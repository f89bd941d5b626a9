import { env } from "../../lib/config/env.ts";
import path from "node:path";
import { defineConfig } from "vitest/config";

// `npm run test:cluster`: real production instances on PostgreSQL behind nginx (scripts/cluster/).
const root = path.resolve(import.meta.dirname, "../..");
const reportDir = env().TEST_REPORT_DIR;

export default defineConfig({
  root,
  resolve: {
    alias: {
      "@": root,
      "server-only": path.join(root, "lib/test/server-only-stub.ts"),
    },
  },
  test: {
    name: "cluster",
    include: ["scripts/cluster/**/*.cluster-test.ts"],
    environment: "node",
    reporters: reportDir
      ? ["default", ["json", { outputFile: path.join(reportDir, "vitest-cluster.json") }]]
      : ["default"],
    fileParallelism: false,
    testTimeout: 60_000,
    // Building, migrating and starting the instances.
    hookTimeout: 240_000,
  },
});
