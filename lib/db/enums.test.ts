// The schema's enums are the one declaration of their values (docs/adr/0030): a literal union, a
// `z.enum([...])` or an `as const` array spelling all of an enum's values elsewhere would drift the day
// the schema gains a value. Subsets (the statuses a moderator may set…) and data (a seed irritant
// concerning all three paths) are legitimate and not matched.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import * as generated from "@/lib/generated/prisma/enums.ts";
import { sourceFiles } from "@/lib/test/source-files.ts";
import * as reexported from "./enums.ts";

const ROOTS = ["lib", "app", "components", "scripts", "e2e", "proxy.ts", "instrumentation.ts", "server.ts"];

const ENUMS = Object.entries(generated).map(([name, values]) => ({
  name,
  values: new Set<string>(Object.values(values)),
}));

const LITERAL = String.raw`["'\x60][A-Z][A-Z0-9_]*["'\x60]`;
/** `"A" | "B" | …`, `z.enum(["A", "B"…])` and `["A", "B"…] as const`: the shapes that declare a vocabulary. */
const DECLARATIONS = [
  new RegExp(String.raw`${LITERAL}(?:\s*\|\s*${LITERAL})+`, "g"),
  new RegExp(String.raw`z\.enum\(\s*\[\s*${LITERAL}(?:\s*,\s*${LITERAL})*\s*,?\s*\]`, "g"),
  new RegExp(String.raw`\[\s*${LITERAL}(?:\s*,\s*${LITERAL})*\s*,?\s*\]\s*as\s+const`, "g"),
];

/** The enums whose whole value set a source text spells out as one literal list, with the line. */
export function findEnumRedeclarations(source: string): { enumName: string; line: number }[] {
  const found: { enumName: string; line: number }[] = [];
  for (const pattern of DECLARATIONS) {
    for (const match of source.matchAll(pattern)) {
      const listed = new Set([...match[0].matchAll(/["'`]([A-Z][A-Z0-9_]*)["'`]/g)].map((literal) => literal[1]));
      for (const { name, values } of ENUMS) {
        if (listed.size === values.size && [...listed].every((value) => values.has(value))) {
          found.push({ enumName: name, line: source.slice(0, match.index).split("\n").length });
        }
      }
    }
  }
  return found;
}

describe("one vocabulary from the schema", () => {
  it("recognises a re-declared enum in each shape, in any order, and leaves subsets and data alone", () => {
    expect(findEnumRedeclarations(`type TRole = "ADMIN" | "MEMBER";`)).toEqual([{ enumName: "Role", line: 1 }]);
    expect(
      findEnumRedeclarations(`\nconst Z = z.enum(["ORGANISME_FORMATION", "PARTICULIER",\n "EMPLOYEUR"]);`),
    ).toEqual([{ enumName: "PathKind", line: 2 }]);
    expect(
      findEnumRedeclarations(
        `const GRADES = ['UTILE', 'PRIORITAIRE', 'IMPORTANT', 'SECONDAIRE', 'PAS_NECESSAIRE'] as const;`,
      ),
    ).toEqual([{ enumName: "Grade", line: 1 }]);
    expect(findEnumRedeclarations(`useState<"DECISION" | "ACTION">("DECISION")`)).toEqual([
      { enumName: "WorkshopItemKind", line: 1 },
    ]);
    expect(findEnumRedeclarations(`z.enum(["APPROVED", "HIDDEN", "PROCESSED"])`)).toEqual([]);
    expect(findEnumRedeclarations(`paths: ["PARTICULIER", "EMPLOYEUR", "ORGANISME_FORMATION"],`)).toEqual([]);
    expect(findEnumRedeclarations(`type T = "ADMIN" | "MEMBER" | "GUEST";`)).toEqual([]);
  });

  it("no source file re-declares an enum's values as a literal list", () => {
    const offenders = ROOTS.flatMap(sourceFiles).flatMap((file) =>
      findEnumRedeclarations(readFileSync(file, "utf8")).map(({ enumName, line }) => `${file}:${line} ${enumName}`),
    );
    expect(offenders).toEqual([]);
  });

  it("lib/db/enums.ts re-exports every enum Prisma generates", () => {
    expect(
      Object.keys(reexported)
        .filter((name) => name in generated)
        .sort(),
    ).toEqual(Object.keys(generated).sort());
  });
});
