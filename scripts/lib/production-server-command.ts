// The production server's command, read from `npm start` itself so that the bench and the cluster tests
// measure exactly what a deployment runs: its Node flags (heap sizing, ADR 0021) and the compiled server.
import { readFileSync } from "node:fs";
import path from "node:path";

/** The arguments given to Node by the `start` script's final `exec node …`. */
export function productionServerArgs(startScript: string): string[] {
  const command = /(?:^|&&\s*)exec node ([^&|;]+)$/.exec(startScript.trim())?.[1];
  if (!command) throw new Error(`le script start ne finit pas par « exec node … » : ${startScript}`);
  return command.trim().split(/\s+/);
}

export function startScriptOf(root: string): string {
  return (JSON.parse(readFileSync(path.join(root, "package.json"), "utf8")) as { scripts: { start: string } }).scripts
    .start;
}

/** Peak resident memory targets under the bench's load (issue 13), in MB. */
export const MEMORY_TARGETS_MB = { pglite: 600, postgresql: 450 } as const;
