import { env } from "../lib/config/env.ts";
import { spawnSync } from "node:child_process";
import path from "node:path";

/**
 * Runs the unit suite (and, with --integration, the integration suite) under each current Node LTS line,
 * with binaries from the npm registry's `node` package (the machine's Node stays the default). A line whose
 * binary cannot be had is reported and skipped; a suite that fails under a line fails the script.
 */
const LINES = env()
  .NODE_LINES.split(",")
  .map((line) => line.trim())
  .filter(Boolean);
const suites = ["unit", ...(process.argv.includes("--integration") ? ["integration"] : [])];

function nodeBinary(line: string): string | null {
  const result = spawnSync("npx", ["--yes", "--package", `node@${line}`, "--", "node", "-p", "process.execPath"], {
    encoding: "utf8",
    timeout: 300_000,
  });
  const binary = result.stdout?.trim().split("\n").pop();
  return result.status === 0 && binary ? binary : null;
}

const outcomes: string[] = [];
let failed = false;
for (const line of LINES) {
  const binary = nodeBinary(line);
  if (!binary) {
    outcomes.push(`Node ${line} : binaire introuvable dans le registre npm, ligne ignorée.`);
    continue;
  }
  const version = spawnSync(binary, ["--version"], { encoding: "utf8" }).stdout.trim();
  for (const suite of suites) {
    console.log(`\n── Node ${version} : tests ${suite} ──`);
    // The binary's folder first on PATH: every `node` the suite starts is this version too.
    const env = { ...process.env, PATH: `${path.dirname(binary)}${path.delimiter}${process.env.PATH}` };
    const run = spawnSync(binary, ["node_modules/vitest/vitest.mjs", "run", "--project", suite], {
      stdio: "inherit",
      env,
    });
    const passed = run.status === 0;
    failed ||= !passed;
    outcomes.push(`Node ${version} : tests ${suite} ${passed ? "réussis" : "en échec"}.`);
  }
}
console.log(`\n${outcomes.join("\n")}`);
process.exit(failed ? 1 : 0);
