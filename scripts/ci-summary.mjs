// Prints one closing line, "Tests: N passed, N failed", over every JSON report
// that vitest and Playwright wrote into TEST_REPORT_DIR during a CI run.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

// Read directly: a plain Node script of the CI, outside the TypeScript toolchain (lib/config documents it).
const dir = process.argv[2] ?? process.env.TEST_REPORT_DIR;
let passed = 0;
let failed = 0;
let skipped = 0;
for (const file of readdirSync(dir).filter((name) => name.endsWith(".json"))) {
  const report = JSON.parse(readFileSync(path.join(dir, file), "utf8"));
  if (report.stats && "expected" in report.stats) {
    passed += report.stats.expected + report.stats.flaky;
    failed += report.stats.unexpected;
    skipped += report.stats.skipped;
  } else {
    passed += report.numPassedTests ?? 0;
    failed += report.numFailedTests ?? 0;
    skipped += (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
  }
}
console.log(`Tests: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""}`);
process.exitCode = failed > 0 || passed === 0 ? 1 : 0;
