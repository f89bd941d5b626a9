// The README's screenshots (docs/screenshots/), taken from a running app in a real browser:
//   npm start (or npm run dev), then: npm run docs:screenshots -- http://localhost:3000
import { chromium } from "@playwright/test";
import { browserExecutablePath, CHROMIUM_ARGS } from "./lib/browser.ts";

const base = process.argv[2] ?? "http://localhost:3000";
const browser = await chromium.launch({ executablePath: browserExecutablePath(), args: CHROMIUM_ARGS });
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 860 }, colorScheme: "light" });
  await page.goto(`${base}/cas-usage/formation-financee`);
  await page.getByRole("heading", { level: 1 }).waitFor();
  await page.screenshot({ path: "docs/screenshots/fiche-publiee.png" });

  await page.goto(`${base}/demonstrateur`);
  await page.getByRole("heading", { level: 1 }).waitFor();
  await page.screenshot({ path: "docs/screenshots/demonstrateur.png" });
  console.log("docs/screenshots/fiche-publiee.png, docs/screenshots/demonstrateur.png");
} finally {
  await browser.close();
}
