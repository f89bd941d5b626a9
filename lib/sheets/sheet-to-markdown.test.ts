import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { sheetToMarkdown } from "./sheet-to-markdown.ts";
import { EMPTY_SHEET_CONTENT } from "./create-sheet.ts";

const sheet = {
  title: "Simplifier la transmission",
  summary: "Les CFA multiplient les saisies : « trop », vraiment.\nDeuxième ligne: avec deux-points.",
  updatedAt: new Date("2026-11-20T10:00:00Z"),
  url: "https://atelier.example/cas-usage/simplifier",
  content: {
    ...EMPTY_SHEET_CONTENT,
    problem: "L'information se perd.",
    ambition: "Faire remonter les données.",
    solutions: [
      {
        name: "Version 1 : quatre champs",
        targetDate: "2020-10-15",
        status: "REALISEE" as const,
        content: "Interfaçage.",
      },
    ],
    paths: [
      {
        kind: "PARTICULIER" as const,
        carriedBy: "La personne.",
        askedToday: "- RIB",
        dataHeld: "- DGFiP",
        target: "Pré-rempli.",
      },
    ],
  },
};

describe("sheetToMarkdown", () => {
  it("starts with a YAML front matter whose description survives special characters", () => {
    const markdown = sheetToMarkdown(sheet);
    const [, frontMatter] = markdown.split("---\n");
    expect(parse(frontMatter)).toEqual({ description: sheet.summary, updated: "2026-11-20", source: sheet.url });
  });

  it("follows the simplifions sheet format and leaves empty sections out", () => {
    const markdown = sheetToMarkdown(sheet);
    expect(markdown).toContain("# Simplifier la transmission\n");
    expect(markdown).toContain("### Le problème à résoudre\n\nL'information se perd.");
    expect(markdown).toContain("_**Version 1 : quatre champs - échéance 15 octobre 2020 (réalisée).**_");
    expect(markdown).toContain("#### Demande portée par le particulier");
    expect(markdown).not.toContain("### Le Public visé");
    expect(markdown.indexOf("### Le problème")).toBeLessThan(markdown.indexOf("### Les Solutions"));
  });
});
