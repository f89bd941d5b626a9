import { env } from "../../lib/config/env.ts";
import { tmpdir } from "node:os";
import path from "node:path";
import { defineConfig, devices } from "@playwright/test";
import { browserExecutablePath, CHROMIUM_ARGS } from "../../scripts/lib/browser.ts";

// The README's `npm run dev` on a fresh embedded database, opened from other hosts than localhost.
const DEV_PORT = env().E2E_DEV_PORT;
const dataDir = path.join(tmpdir(), `atelier-efop-dev-e2e-${DEV_PORT}`);

export default defineConfig({
  testDir: ".",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [
    ["list"],
    ...(env().TEST_REPORT_DIR
      ? [["json", { outputFile: `${env().TEST_REPORT_DIR}/playwright-dev.json` }] as const]
      : []),
  ],
  // The first visit of a page compiles it.
  timeout: 120_000,
  expect: { timeout: 30_000 },
  use: { locale: "fr-FR", timezoneId: "Europe/Paris", trace: "retain-on-failure" },
  projects: [
    {
      name: "chromium",
      use: {
        ...devices["Desktop Chrome"],
        launchOptions: { executablePath: browserExecutablePath(), args: CHROMIUM_ARGS },
      },
    },
  ],
  webServer: {
    command: `rm -rf ${dataDir} && npm run dev`,
    url: `http://localhost:${DEV_PORT}/api/health`,
    env: {
      PORT: String(DEV_PORT),
      PGLITE_DATA_DIR: path.join(dataDir, "pglite"),
      AUTH_SECRET_FILE: path.join(dataDir, "auth-secret"),
      DATABASE_URL: "",
      DEMO_MODE: "1",
      NEXT_TELEMETRY_DISABLED: "1",
    },
    reuseExistingServer: false,
    timeout: 240_000,
    stdout: "ignore",
  },
});
