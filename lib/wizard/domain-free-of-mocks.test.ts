// The wizard and the connectors are the real clients: the simulated APIs are
// only a base URL they may be configured with (ADR 0028). No module of theirs
// may reach lib/mock-apis, directly or through another module.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = path.resolve(import.meta.dirname, "../..");
const MOCKS = path.join(ROOT, "lib/mock-apis");

function sourceFiles(directory: string): string[] {
  return readdirSync(directory).flatMap((name) => {
    const child = path.join(directory, name);
    if (statSync(child).isDirectory()) return sourceFiles(child);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [child] : [];
  });
}

/** Project files a module imports (static, re-exported or dynamic), resolved like the `@/` alias and relative paths. */
function projectImports(file: string): string[] {
  const text = readFileSync(file, "utf8");
  const specifiers = [...text.matchAll(/(?:from\s+|import\s*\(\s*|import\s+)["']([^"']+)["']/g)].map(
    (match) => match[1],
  );
  return specifiers.flatMap((specifier) => {
    const target = specifier.startsWith("@/")
      ? path.join(ROOT, specifier.slice(2))
      : specifier.startsWith(".")
        ? path.resolve(path.dirname(file), specifier)
        : null;
    if (!target) return [];
    const candidates = [target, `${target}.ts`, `${target}.tsx`, path.join(target, "index.ts")];
    const found = candidates.find((candidate) => existsSync(candidate) && statSync(candidate).isFile());
    return found ? [found] : [];
  });
}

/** The chain of imports from `start` to lib/mock-apis, or null. */
function pathToMocks(start: string): string[] | null {
  const seen = new Set<string>();
  const queue: string[][] = [[start]];
  while (queue.length > 0) {
    const chain = queue.shift()!;
    const file = chain.at(-1)!;
    if (file.startsWith(`${MOCKS}${path.sep}`)) return chain.map((entry) => path.relative(ROOT, entry));
    if (seen.has(file) || file.includes(`${path.sep}generated${path.sep}`)) continue;
    seen.add(file);
    for (const next of projectImports(file)) queue.push([...chain, next]);
  }
  return null;
}

describe("lib/wizard and lib/connectors", () => {
  it("never reach lib/mock-apis", () => {
    const files = ["lib/wizard", "lib/connectors"].flatMap((directory) => sourceFiles(path.join(ROOT, directory)));
    expect(files.length).toBeGreaterThan(10);
    expect(files.map(pathToMocks).filter(Boolean)).toEqual([]);
  });

  it("the check finds a module that does, even through another one", () => {
    expect(pathToMocks(path.join(ROOT, "lib/test/in-process-mock-fetch.ts"))).toEqual([
      "lib/test/in-process-mock-fetch.ts",
      "lib/mock-apis/handle-mock-request.ts",
    ]);
    expect(pathToMocks(path.join(ROOT, "app/api/mock/[...path]/route.ts"))?.at(-1)).toBe(
      "lib/mock-apis/handle-mock-request.ts",
    );
  });
});
