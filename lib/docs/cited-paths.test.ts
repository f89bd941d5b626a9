// Documentation that names a file the code no longer has sends a newcomer looking for nothing: every
// repository path cited in the README, docs/ and code comments must exist.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const TOP_LEVEL = ["app", "components", "lib", "prisma", "scripts", "e2e", "docs", "public", ".ci"];
const ROOT_FILES = [
  "server.ts",
  "proxy.ts",
  "instrumentation.ts",
  "next.config.ts",
  "playwright.config.ts",
  "vitest.config.ts",
  "package.json",
  "tsconfig.json",
  "README.md",
  "LICENSE",
  "publiccode.yml",
  "eslint.config.mjs",
  "postcss.config.mjs",
];

// A path: one of the top-level folders, then segments; or a root file name. Globs, placeholders
// (`<slug>`, `[id]` is a real Next segment) and URLs are not file citations.
const CITED = new RegExp(
  String.raw`(?<![\w/.@-])((?:${TOP_LEVEL.map((d) => d.replace(".", "\\.")).join("|")})/[\w./\[\]()@-]*[\w\]])`,
  "g",
);

function filesUnder(entry: string, extensions: RegExp): string[] {
  if (statSync(entry).isFile()) return extensions.test(entry) ? [entry] : [];
  return readdirSync(entry).flatMap((name) => {
    if (name === "node_modules" || name === "generated" || name.startsWith(".next")) return [];
    return filesUnder(path.join(entry, name), extensions);
  });
}

/** The paths a text cites, as written (without a trailing `:line`). */
export function citedPaths(text: string): string[] {
  const found = new Set<string>();
  for (const match of text.matchAll(CITED)) {
    const cited = match[1].replace(/[.)]+$/, "");
    if (/[*<>{}]/.test(cited) || (cited.includes("...") && !cited.includes("[..."))) continue;
    found.add(cited);
  }
  return [...found];
}

/** Paths the app or the tests write at run time, cited as places to look, not as sources. */
const WRITTEN_AT_RUN_TIME: Record<string, string> = {
  "public/bench": "copies the bench page's assets on the server's first start",
  ".ci/rapports": "example value of TEST_REPORT_DIR",
};

/** File names cited on purpose that are not sources of this repository. */
const NOT_SOURCE_FILES: Record<string, string> = {
  "fichier.sql": "placeholder in the usage of `npm run db:restore`",
  "server.mjs": "the production server as `npm run build` compiles it into .next/",
  "guide-bonnes-pratiques-efop.md": "the name under which the guide's Markdown is downloaded",
};

function exists(cited: string): boolean {
  if (existsSync(cited) || cited in WRITTEN_AT_RUN_TIME) return true;
  // `docs/adr/0019` names an ADR by its number.
  const adr = /^docs\/adr\/(\d{4})$/.exec(cited);
  if (adr) return readdirSync("docs/adr").some((name) => name.startsWith(`${adr[1]}-`));
  // `lib/rounds/` style folder citations, and module citations without their extension.
  return [".ts", ".tsx", ".mjs", ".md"].some((extension) => existsSync(cited + extension));
}

const BARE_FILE = /(?<![\w/.@-])([\w-]+(?:\.[\w-]+)*\.(?:ts|tsx|mjs|md|prisma|sql))(?![\w/])/g;

/** File names cited without their folder (`see tally.ts`). */
export function citedFileNames(text: string): string[] {
  return [...new Set([...text.matchAll(BARE_FILE)].map((match) => match[1]))];
}

describe("cited paths", () => {
  it("finds citations in prose and code", () => {
    expect(citedPaths("see `lib/rounds/tally.ts`, docs/adr/0001-x.md) and app/fiches/[id]/page.tsx.")).toEqual([
      "lib/rounds/tally.ts",
      "docs/adr/0001-x.md",
      "app/fiches/[id]/page.tsx",
    ]);
    expect(citedPaths("https://example.org/lib/x.ts and node_modules/lib/y.ts and lib/**/*.ts")).toEqual([]);
  });

  it("every path cited in the README, docs/ and code comments exists", () => {
    const sources = [
      "README.md",
      ...filesUnder("docs", /\.md$/),
      ...["lib", "app", "components", "scripts", "e2e", "prisma"].flatMap((dir) =>
        filesUnder(dir, /\.(ts|tsx|mjs|prisma|sql)$/),
      ),
      ...ROOT_FILES.filter((file) => /\.ts$/.test(file) && existsSync(file)),
    ].filter((file) => file !== "lib/docs/cited-paths.test.ts");
    const missing = sources.flatMap((file) =>
      citedPaths(readFileSync(file, "utf8"))
        .filter((cited) => !exists(cited))
        .map((cited) => `${file}: ${cited}`),
    );
    expect(missing).toEqual([]);
  });

  it("every file name cited without its folder names a file of the repository", () => {
    const sources = [
      "README.md",
      ...filesUnder("docs", /\.md$/),
      ...["lib", "app", "components", "scripts", "e2e", "prisma"].flatMap((dir) =>
        filesUnder(dir, /\.(ts|tsx|mjs|prisma)$/),
      ),
      // Test code builds file names of its fixtures; its comments cite paths, checked above.
    ].filter((file) => !file.endsWith(".test.ts"));
    const names = new Set(
      [...TOP_LEVEL.filter(existsSync).flatMap((dir) => filesUnder(dir, /./)), ...ROOT_FILES, "next-env.d.ts"].map(
        (file) => path.basename(file),
      ),
    );
    const missing = sources.flatMap((file) =>
      citedFileNames(readFileSync(file, "utf8"))
        .filter((name) => !names.has(name) && !(name in NOT_SOURCE_FILES))
        .map((name) => `${file}: ${name}`),
    );
    expect(missing).toEqual([]);
  });
});
