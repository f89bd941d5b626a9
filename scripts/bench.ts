// `npm run bench`: builds the app, starts the production server on a fresh
// embedded database (and on PostgreSQL when BENCH_DATABASE_URL is set), loads
// each scenario with autocannon and writes bench/results.json plus a table.
// Targets are ratios measured in the same run (machines are noisy).
// `--smoke`: short runs that fail only if a scenario errors (used by CI).
import { spawn, execFileSync, type ChildProcess } from "node:child_process";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import autocannon from "autocannon";

const smoke = process.argv.includes("--smoke");
const skipBuild = process.argv.includes("--skip-build");
const duration = Number(process.env.BENCH_DURATION ?? (smoke ? 2 : 10));
const connections = 32;
const port = Number(process.env.BENCH_PORT ?? 3200);
const base = `http://127.0.0.1:${port}`;

type Scenario = { name: string; path: string; target?: { baseline: string; minRatio: number } };
const SCENARIOS: Scenario[] = [
  { name: "static-file", path: "/favicon.svg" },
  { name: "public-sheet-page", path: "/cas-usage/formation-financee", target: { baseline: "static-file", minRatio: 0.5 } },
  { name: "public-sheet-api", path: "/api/public/v1/use-cases/formation-financee", target: { baseline: "static-file", minRatio: 0.5 } },
  { name: "public-catalogue-api", path: "/api/public/v1/use-cases" },
];

type Result = {
  database: string; scenario: string; path: string; requestsPerSecond: number;
  latencyMs: { p50: number; p95: number; p99: number }; errors: number; non2xx: number;
  ratio?: { baseline: string; value: number; target: number; met: boolean };
};

const env = (database: string | undefined) => ({
  ...process.env,
  NODE_ENV: "production" as const,
  PORT: String(port),
  NEXTAUTH_URL: base,
  NEXT_TELEMETRY_DISABLED: "1",
  DATABASE_URL: database ?? "",
  DEMO_MODE: "1",
  PGLITE_DATA_DIR: ".data/bench/pglite",
  AUTH_SECRET_FILE: ".data/bench/auth-secret",
});

function peakRssMb(pid: number): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, "utf8");
    return Math.round(Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024);
  } catch {
    return 0;
  }
}

async function waitForHealth(): Promise<void> {
  for (let attempt = 0; attempt < 120; attempt++) {
    try {
      if ((await fetch(`${base}/api/health`)).ok) return;
    } catch {}
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error("le serveur n'a pas répondu sur /api/health");
}

async function load(pathname: string, seconds: number) {
  // A slow answer is measured, not dropped: only failures count as errors.
  return autocannon({ url: `${base}${pathname}`, connections, duration: seconds, timeout: 30 });
}

async function runOn(database: string | undefined): Promise<{ results: Result[]; peakRssMb: number }> {
  const label = database ? "postgresql" : "pglite";
  rmSync(".data/bench", { recursive: true, force: true });
  execFileSync("npx", ["tsx", "scripts/db.ts", database ? "seed" : "prepare"], { env: env(database), stdio: "inherit" });
  const server: ChildProcess = spawn(process.execPath, [path.join("node_modules", "next", "dist", "bin", "next"), "start", "-p", String(port)], {
    env: env(database),
    stdio: ["ignore", "ignore", "inherit"],
  });
  try {
    await waitForHealth();
    const results: Result[] = [];
    for (const scenario of SCENARIOS) {
      await load(scenario.path, 1); // warm-up: compile caches, JIT, connection pool
      const run = await load(scenario.path, duration);
      results.push({
        database: label, scenario: scenario.name, path: scenario.path,
        requestsPerSecond: Math.round(run.requests.average),
        latencyMs: { p50: run.latency.p50, p95: run.latency.p97_5 ?? run.latency.p99, p99: run.latency.p99 },
        errors: run.errors + run.timeouts, non2xx: run.non2xx,
      });
    }
    for (const result of results) {
      const target = SCENARIOS.find((scenario) => scenario.name === result.scenario)?.target;
      const baseline = results.find((candidate) => candidate.scenario === target?.baseline);
      if (target && baseline) {
        const value = Math.round((result.requestsPerSecond / baseline.requestsPerSecond) * 100) / 100;
        result.ratio = { baseline: target.baseline, value, target: target.minRatio, met: value >= target.minRatio };
      }
    }
    return { results, peakRssMb: peakRssMb(server.pid!) };
  } finally {
    server.kill("SIGTERM");
    await new Promise((resolve) => server.once("exit", resolve));
  }
}

if (!skipBuild) execFileSync("npx", ["next", "build"], { stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });

const runs = [await runOn(undefined)];
if (process.env.BENCH_DATABASE_URL) runs.push(await runOn(process.env.BENCH_DATABASE_URL));

const results = runs.flatMap((run) => run.results);
mkdirSync("bench", { recursive: true });
const report = {
  date: new Date().toISOString(), smoke, durationSeconds: duration, connections,
  peakRssMb: Object.fromEntries(runs.map((run, index) => [index === 0 ? "pglite" : "postgresql", run.peakRssMb])),
  results,
};
writeFileSync(path.join("bench", smoke ? "results-smoke.json" : "results.json"), `${JSON.stringify(report, null, 2)}\n`);

console.log(`\n${connections} connexions, ${duration} s par scénario`);
console.table(results.map((result) => ({
  base: result.database, scénario: result.scenario, "req/s": result.requestsPerSecond,
  "p50 ms": result.latencyMs.p50, "p95 ms": result.latencyMs.p95, "p99 ms": result.latencyMs.p99,
  erreurs: result.errors + result.non2xx,
  ratio: result.ratio ? `${result.ratio.value} (cible ≥ ${result.ratio.target}${result.ratio.met ? " ✓" : " ✗"})` : "",
})));
console.log(`Mémoire maximale du serveur (RSS) : ${JSON.stringify(report.peakRssMb)} Mo`);

const failed = results.filter((result) => result.errors + result.non2xx > 0);
if (failed.length) {
  console.error(`Scénarios en erreur : ${failed.map((result) => `${result.database}/${result.scenario}`).join(", ")}`);
  process.exitCode = 1;
}
