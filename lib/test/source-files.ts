import { readdirSync, statSync } from "node:fs";
import path from "node:path";

/**
 * The project's own source files below `entry` (a folder or one file), without the generated client,
 * node_modules nor the tests themselves: what the rule tests scan (configuration reads, vocabularies).
 */
export function sourceFiles(entry: string): string[] {
  if (statSync(entry).isFile()) return [entry];
  return readdirSync(entry).flatMap((name) => {
    const child = path.join(entry, name);
    if (name === "generated" || name === "node_modules") return [];
    if (statSync(child).isDirectory()) return sourceFiles(child);
    return /\.(ts|tsx|mjs)$/.test(name) && !/\.test\.tsx?$/.test(name) ? [child] : [];
  });
}
