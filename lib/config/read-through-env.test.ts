// Every module reads configuration through lib/config/env.ts: a new `process.env.X` elsewhere would
// escape the start-up check and the README table.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { sourceFiles } from "@/lib/test/source-files.ts";
import { ENV_VARIABLES } from "./env-schema.ts";

const ROOTS = [
  "lib",
  "app",
  "components",
  "scripts",
  "e2e",
  "proxy.ts",
  "instrumentation.ts",
  "server.ts",
  "next.config.ts",
  "playwright.config.ts",
  "vitest.config.ts",
];

/** The reads that cannot go through env(), each with its reason. */
const ALLOWED: Record<string, string> = {
  "lib/config/env.ts": "the one reader",
  "instrumentation.ts": "NEXT_RUNTIME and NEXT_PHASE are inlined by Next per compilation target",
  "lib/auth/auth-options.ts": "hands next-auth the resolved NEXTAUTH_URL, which it reads itself",
  "scripts/db.ts": "prepare passes the server's future NODE_ENV to the start-up check",
  "scripts/bench.ts": "starts servers with their own environment",
  "scripts/test-node-lines.ts": "runs the suites under other Node binaries with this environment and their PATH",
  "scripts/lib/provision.ts": "looks for system binaries in PATH",
  "server.ts": "sets NODE_ENV before Next and React load their production builds",
  "e2e/abuse.spec.ts": "starts a second server with its own environment",
  "scripts/cluster/cluster.cluster-test.ts": "starts production instances with their own environment",
  "scripts/generate-client.mjs": "runs at npm install, before TypeScript can load",
  "scripts/ci-summary.mjs": "plain Node script of the CI",
};

describe("configuration is read through env()", () => {
  const files = ROOTS.flatMap(sourceFiles);

  it("no other module reads process.env", () => {
    const readers = files.filter((file) => readFileSync(file, "utf8").includes("process.env")).sort();
    expect(readers).toEqual(Object.keys(ALLOWED).sort());
  });

  it("every variable named in those exceptions is in the schema", () => {
    const names = Object.keys(ALLOWED).flatMap((file) =>
      [...readFileSync(file, "utf8").matchAll(/process\.env\.([A-Z][A-Z0-9_]*)/g)].map((match) => match[1]),
    );
    expect(names.filter((name) => !(name in ENV_VARIABLES) && name !== "NEXT_RUNTIME")).toEqual([]);
  });
});
