import { ensureBrowser } from "./lib/browser.ts";

// First step of `npm test` and `npm run test:e2e`: stops before any test runs when no browser can be had.
const result = ensureBrowser();
if (result.kind === "fail") {
  console.error(result.message);
  process.exit(1);
}
const where = { CHROMIUM_PATH: "désigné par CHROMIUM_PATH", playwright: "de Playwright", system: "de la machine" }[
  result.source
];
console.log(
  `Navigateur des tests de bout en bout : Chromium ${where}${result.executablePath ? ` (${result.executablePath})` : ""}.`,
);
