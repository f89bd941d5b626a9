import { defineConfig, devices } from "@playwright/test";
import { env } from "./lib/config/env.ts";
import { browserExecutablePath, CHROMIUM_ARGS } from "./scripts/lib/browser.ts";
import { SERVER_LOG } from "./e2e/server-log.ts";

// End-to-end runs build the app and start it on a fresh embedded database in
// .data/e2e, beside a local ProConnect-like OpenID server (scripts/oidc-dev-server.ts).
const { E2E_APP_PORT: APP_PORT, E2E_OIDC_PORT: OIDC_PORT, CI, TEST_REPORT_DIR } = env();
const appUrl = `http://localhost:${APP_PORT}`;

// What scripts/ensure-browser.ts provisioned (run first by `npm test` and `npm run test:e2e`): CHROMIUM_PATH,
// else Playwright's own Chromium, else the machine's (Debian's where Playwright's download is blocked).
const chromiumPath = browserExecutablePath();

const appEnv = {
  PGLITE_DATA_DIR: ".data/e2e/pglite",
  AUTH_SECRET_FILE: ".data/e2e/auth-secret",
  DATABASE_URL: "",
  DEMO_MODE: "1",
  // The suite signs the same demo accounts in many times; the limit itself is tested in integration.
  SIGN_IN_RATE_LIMIT: "1000",
  NEXTAUTH_URL: appUrl,
  PROCONNECT_ISSUER: `http://localhost:${OIDC_PORT}/api/v2`,
  PROCONNECT_CLIENT_ID: "atelier-efop-local",
  PROCONNECT_CLIENT_SECRET: "atelier-efop-local-secret",
  PORT: String(APP_PORT),
  NEXT_TELEMETRY_DISABLED: "1",
};

export default defineConfig({
  testDir: "e2e",
  // The development server's own suite (playwright.dev.config.ts).
  testIgnore: "dev-server/**",
  fullyParallel: false,
  workers: 1,
  retries: CI ? 1 : 0,
  reporter: [
    ["list"],
    ...(TEST_REPORT_DIR ? [["json", { outputFile: `${TEST_REPORT_DIR}/playwright.json` }] as const] : []),
    ...(CI ? [] : [["html", { open: "never" }] as const]),
  ],
  timeout: 60_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL: appUrl,
    locale: "fr-FR",
    timezoneId: "Europe/Paris",
    trace: "retain-on-failure",
  },
  projects: [
    {
      name: "chromium",
      use: {
        ...devices["Desktop Chrome"],
        launchOptions: {
          executablePath: chromiumPath,
          args: CHROMIUM_ARGS,
        },
      },
    },
  ],
  webServer: [
    {
      command: "npx tsx scripts/oidc-dev-server.ts",
      url: `http://localhost:${OIDC_PORT}/api/v2/.well-known/openid-configuration`,
      env: { OIDC_PORT: String(OIDC_PORT), OIDC_APP_URL: appUrl },
      reuseExistingServer: false,
      timeout: 60_000,
    },
    {
      // The server's JSON log goes to a file that e2e/observability.spec.ts reads.
      command: `rm -rf .data/e2e && npm run build && npx tsx scripts/db.ts prepare && npx tsx server.ts > ${SERVER_LOG} 2>&1`,
      url: `${appUrl}/api/health`,
      env: appEnv,
      reuseExistingServer: false,
      // The build runs here: on a loaded two-core machine it may take several minutes.
      timeout: 600_000,
      stdout: "ignore",
    },
  ],
});
