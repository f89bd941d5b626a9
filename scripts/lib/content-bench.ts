// In-process scenarios of `npm run bench` for the bounded content work (ADR 0014):
// the worst revision comparison and the costliest hostile Markdown within bounds.
import {
  MAX_BLOCK_LINES,
  MAX_UNDERLINES,
  MEMBER_MARKDOWN_BOUNDS,
  PUBLIC_MARKDOWN_BOUNDS,
  renderMarkdown,
  type TMarkdownBounds,
} from "@/lib/markdown/render-markdown.ts";
import { diffRevisions, type TRevisionSnapshot } from "@/lib/sheets/diff-revisions.ts";
import { PATH_KINDS, type TSheetContent } from "@/lib/sheets/sheet-content.ts";

export type TContentBenchResult = {
  scenario: string;
  measure: string;
  samples: number;
  medianMs: number;
  worstMs: number;
  target: number;
  met: boolean;
};

/** A deterministic pseudo-random source, so that every run compares the same texts. */
function random(seed: number) {
  let state = seed;
  return () => (state = (state * 16_807) % 2_147_483_647) / 2_147_483_647;
}

/** `length` characters of words drawn from a large vocabulary, and the same words shuffled: nearly every word moves. */
function wordsAndShuffled(length: number, seed: number): [string, string] {
  const next = random(seed);
  const vocabulary = Array.from({ length: 4_000 }, (_, index) => `m${index.toString(36)}${"aeiou"[index % 5]}`);
  const words: string[] = [];
  for (let size = 0; size < length; size += words.at(-1)!.length + 1)
    words.push(vocabulary[Math.floor(next() * vocabulary.length)]);
  const shuffled = [...words];
  for (let index = shuffled.length - 1; index > 0; index--) {
    const other = Math.floor(next() * (index + 1));
    [shuffled[index], shuffled[other]] = [shuffled[other], shuffled[index]];
  }
  return [words.join(" ").slice(0, length), shuffled.join(" ").slice(0, length)];
}

/** Two revisions where every section is at its maximum length and differs word for word (20 solutions, 3 paths). */
export function worstCaseRevisions(): [TRevisionSnapshot, TRevisionSnapshot] {
  let seed = 1;
  const pair = (length: number) => wordsAndShuffled(length, seed++);
  const empty = (): TSheetContent => ({
    context: "",
    problem: "",
    ambition: "",
    targetPublic: "",
    benefits: "",
    actors: "",
    solutions: [],
    paths: [],
    actorTypes: [],
    irritants: [],
    dataItems: [],
  });
  const sides: [TRevisionSnapshot, TRevisionSnapshot] = [
    { title: "", summary: "", content: empty() },
    { title: "", summary: "", content: empty() },
  ];
  const fill = (length: number, set: (side: TRevisionSnapshot, text: string) => void) =>
    pair(length).forEach((text, index) => set(sides[index], text));
  fill(200, (side, text) => (side.title = text));
  fill(600, (side, text) => (side.summary = text));
  for (const [key, length] of [
    ["context", 20_000],
    ["problem", 20_000],
    ["ambition", 20_000],
    ["targetPublic", 5_000],
    ["benefits", 20_000],
    ["actors", 5_000],
  ] as const) {
    fill(length, (side, text) => (side.content[key] = text));
  }
  for (let index = 0; index < 20; index++) {
    fill(20_000, (side, text) =>
      side.content.solutions.push({ name: `Version ${index}`, targetDate: null, status: "PLANIFIEE", content: text }),
    );
  }
  for (const kind of PATH_KINDS) {
    const [carriedBy, askedToday, dataHeld, target] = [pair(2_000), pair(10_000), pair(10_000), pair(10_000)];
    sides.forEach((side, index) =>
      side.content.paths.push({
        kind,
        carriedBy: carriedBy[index],
        askedToday: askedToday[index],
        dataHeld: dataHeld[index],
        target: target[index],
      }),
    );
  }
  return sides;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

export function benchWorstComparison(runs: number): TContentBenchResult {
  const [before, after] = worstCaseRevisions();
  const times: number[] = [];
  for (let run = 0; run < runs; run++) {
    const start = performance.now();
    diffRevisions(before, after);
    times.push(performance.now() - start);
  }
  const worstMs = Math.round(Math.max(...times));
  return {
    scenario: "comparaison-pire-cas (toutes les parties au maximum, mots mélangés)",
    measure: "diffRevisions (ms)",
    samples: runs,
    medianMs: Math.round(median(times)),
    worstMs,
    target: 1_000,
    met: worstMs < 1_000,
  };
}

/**
 * Texts that cost the parser the most for their size (quadratic constructs, nesting just under the estimate's margin).
 */
const COSTLY_MARKDOWN: ((count: number) => string)[] = [
  (count) => "**gras** ".repeat(count),
  (count) => "[lien](https://exemple.fr) ".repeat(count),
  (count) => "a](u) ".repeat(count),
  (count) => "[a][b] ".repeat(count),
  (count) => "a\n=\n".repeat(count),
  (count) => "# titre\n".repeat(count),
  (count) => "> ".repeat(30) + "a\n".repeat(count),
  (count) => "| a | b |\n|---|---|\n" + "| [x](u) | **y** |\n".repeat(count),
  (count) =>
    Array.from({ length: count }, (_, index) => `[l${index}]: https://exemple.fr/${index}`).join("\n") +
    "\n\n" +
    Array.from({ length: count }, (_, index) => `[l${index}]`).join(" "),
  (count) => "x@exemple.fr www.exemple.fr ".repeat(count),
  (count) => ">".repeat(count) + " x",
  (count) => "![".repeat(count) + "x" + "](u)".repeat(count),
  (count) => "*a ".repeat(count) + "x" + " a*".repeat(count),
  // Just within the line bounds (MAX_BLOCK_LINES, MAX_UNDERLINES): the costliest that still renders.
  (count) =>
    `> a\n${"a\n".repeat(MAX_BLOCK_LINES - 2)}\n`.repeat(Math.ceil(count / MAX_BLOCK_LINES)) +
    "a ".repeat(count % MAX_BLOCK_LINES),
  (count) => "a\n=\n\n".repeat(MAX_UNDERLINES) + "texte ".repeat(count),
  (count) =>
    "| a | b |\n|---|---|\n" +
    "| [x](u) | **y** |\n".repeat(Math.min(count, MAX_BLOCK_LINES - 2)) +
    "\n" +
    "texte ".repeat(count),
];

/** The largest repetition of `make` that fits in `length` characters. */
function fill(make: (count: number) => string, length: number): string {
  let count = 1;
  while (make(count * 2).length <= length) count *= 2;
  for (let step = count >> 1; step > 0; step >>= 1) if (make(count + step).length <= length) count += step;
  return make(count);
}

export function benchHostileMarkdown(
  label: string,
  bounds: TMarkdownBounds,
  fromPublic: boolean,
  target: number,
): TContentBenchResult {
  // One warm-up render: the first one pays for compiling the parser.
  renderMarkdown(`warm-up ${Date.now()}`, { fromPublic, bounds });
  const times = COSTLY_MARKDOWN.map((make, index) => {
    // A distinct last character per run keeps the renderer's cache out of the measure.
    const source = `${fill(make, bounds.maxLength - 16)}\n\n${index}-${Date.now() % 100_000}`;
    const start = performance.now();
    renderMarkdown(source, { fromPublic, bounds });
    return performance.now() - start;
  });
  const worstMs = Math.round(Math.max(...times));
  return {
    scenario: `markdown-hostile-${label} (${bounds.maxLength} caractères, ${COSTLY_MARKDOWN.length} formes)`,
    measure: "rendu (ms)",
    samples: times.length,
    medianMs: Math.round(median(times)),
    worstMs,
    target,
    met: worstMs < target,
  };
}

export function runContentBench(smoke: boolean): TContentBenchResult[] {
  return [
    benchWorstComparison(smoke ? 1 : 5),
    benchHostileMarkdown("public", PUBLIC_MARKDOWN_BOUNDS, true, 1_000),
    benchHostileMarkdown("membres", MEMBER_MARKDOWN_BOUNDS, false, Infinity),
  ];
}
