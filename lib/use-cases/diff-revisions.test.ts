import { describe, expect, it } from "vitest";
import { diffRevisions } from "./diff-revisions.ts";
import { EMPTY_SHEET_CONTENT } from "./create-sheet.ts";

const snapshot = (problem: string, title = "Formation financée") => ({ title, summary: "Résumé", content: { ...EMPTY_SHEET_CONTENT, problem } });

describe("diffRevisions", () => {
  it("marks word-level additions and removals in the section that changed only", () => {
    const sections = diffRevisions(snapshot("Douze bulletins de salaire demandés."), snapshot("Trois données demandées au lieu de douze bulletins."));
    const changed = sections.filter((section) => section.changed);
    expect(changed.map((section) => section.key)).toEqual(["problem"]);
    const [problem] = changed;
    expect(problem.label).toBe("Le problème à résoudre");
    expect(problem.parts.filter((part) => part.added).map((part) => part.value).join(" ")).toContain("Trois");
    expect(problem.parts.filter((part) => part.removed).map((part) => part.value).join(" ")).toContain("Douze");
    expect(problem.parts.filter((part) => !part.removed).map((part) => part.value).join("")).toBe("Trois données demandées au lieu de douze bulletins.");
  });

  it("sees a change of title and of paths", () => {
    const after = snapshot("x", "Nouveau titre");
    after.content.paths = [{ kind: "EMPLOYEUR", carriedBy: "L'employeur", askedToday: "", dataHeld: "", target: "" }];
    const changed = diffRevisions(snapshot("x"), after).filter((section) => section.changed).map((section) => section.key);
    expect(changed).toEqual(["title", "path-EMPLOYEUR"]);
  });

  it("reports no change between identical revisions", () => {
    expect(diffRevisions(snapshot("même"), snapshot("même")).some((section) => section.changed)).toBe(false);
  });
});
