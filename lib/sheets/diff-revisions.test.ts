import { describe, expect, it } from "vitest";
import { diffRevisions } from "./diff-revisions.ts";
import { EMPTY_SHEET_CONTENT } from "./create-sheet.ts";

const snapshot = (problem: string, title = "Formation financée") => ({
  title,
  summary: "Résumé",
  content: { ...EMPTY_SHEET_CONTENT, problem },
});

describe("diffRevisions", () => {
  it("marks word-level additions and removals in the section that changed only", () => {
    const sections = diffRevisions(
      snapshot("Douze bulletins de salaire demandés."),
      snapshot("Trois données demandées au lieu de douze bulletins."),
    );
    const changed = sections.filter((section) => section.changed);
    expect(changed.map((section) => section.key)).toEqual(["problem"]);
    const [problem] = changed;
    expect(problem.label).toBe("Le problème à résoudre");
    expect(
      problem.parts
        .filter((part) => part.added)
        .map((part) => part.value)
        .join(" "),
    ).toContain("Trois");
    expect(
      problem.parts
        .filter((part) => part.removed)
        .map((part) => part.value)
        .join(" "),
    ).toContain("Douze");
    expect(
      problem.parts
        .filter((part) => !part.removed)
        .map((part) => part.value)
        .join(""),
    ).toBe("Trois données demandées au lieu de douze bulletins.");
  });

  it("sees a change of title and of paths", () => {
    const after = snapshot("x", "Nouveau titre");
    after.content.paths = [{ kind: "EMPLOYEUR", carriedBy: "L'employeur", askedToday: "", dataHeld: "", target: "" }];
    const changed = diffRevisions(snapshot("x"), after)
      .filter((section) => section.changed)
      .map((section) => section.key);
    expect(changed).toEqual(["title", "path-EMPLOYEUR"]);
  });

  it("reports no change between identical revisions", () => {
    expect(diffRevisions(snapshot("même"), snapshot("même")).some((section) => section.changed)).toBe(false);
  });
});

describe("diffRevisions beyond its bounds", () => {
  const tight = { maxEditLength: 6, timeoutMs: 60_000, totalMs: 60_000 };
  const text = (lines: string[]) => lines.join("\n");
  const changedProblem = (sections: ReturnType<typeof diffRevisions>) =>
    sections.find((section) => section.key === "problem")!;
  const kept = (parts: { value: string; added: boolean; removed: boolean }[], side: "before" | "after") =>
    parts
      .filter((part) => (side === "before" ? !part.added : !part.removed))
      .map((part) => part.value)
      .join("");

  it("compares word by word while the edits fit", () => {
    const problem = changedProblem(diffRevisions(snapshot("un deux trois"), snapshot("un quatre trois"), tight));
    expect(problem.granularity).toBe("words");
  });

  it("falls back to lines when the word diff passes its edit bound, still rebuilding both versions", () => {
    const before = text(["même ligne", "a b c d e f g h", "fin identique"]);
    const after = text(["même ligne", "h g f e d c b a", "fin identique"]);
    const problem = changedProblem(diffRevisions(snapshot(before), snapshot(after), tight));
    expect(problem.granularity).toBe("lines");
    expect(
      problem.parts
        .filter((part) => !part.added && !part.removed)
        .map((part) => part.value)
        .join(""),
    ).toContain("même ligne");
    expect(kept(problem.parts, "before")).toBe(before);
    expect(kept(problem.parts, "after")).toBe(after);
  });

  it("shows the whole section as replaced when even the line diff passes its bound", () => {
    const before = text(Array.from({ length: 10 }, (_, index) => `ligne ${index}`));
    const after = text(Array.from({ length: 10 }, (_, index) => `autre ${index}`));
    const problem = changedProblem(diffRevisions(snapshot(before), snapshot(after), tight));
    expect(problem.granularity).toBe("section");
    expect(problem.parts).toEqual([
      { value: before, added: false, removed: true },
      { value: after, added: true, removed: false },
    ]);
  });

  it("compares coarsely every section left once the comparison's total budget is spent, and identical ones as unchanged", () => {
    const sections = diffRevisions(snapshot("un deux", "Titre un"), snapshot("un trois", "Titre deux"), {
      maxEditLength: 1_000,
      timeoutMs: 60_000,
      totalMs: 0,
    });
    expect(sections.filter((section) => section.changed).map((section) => [section.key, section.granularity])).toEqual([
      ["title", "section"],
      ["problem", "section"],
    ]);
    expect(sections.find((section) => section.key === "summary")).toMatchObject({
      changed: false,
      granularity: "words",
    });
  });
});
