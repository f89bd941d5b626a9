import { readFileSync } from "node:fs";

/** The e2e app server writes its JSON log lines here (playwright.config.ts). */
export const SERVER_LOG = ".data/e2e/server.log";

/** The JSON lines of the server log so far; Next's own plain-text lines are skipped. */
export function serverLogRecords(): Array<Record<string, unknown>> {
  return readFileSync(SERVER_LOG, "utf8")
    .split("\n")
    .filter((line) => line.startsWith("{"))
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}
