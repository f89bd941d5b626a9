import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { escapeMarkdown, workshopMinutesMarkdown, type TWorkshopMinutes } from "./workshop-minutes-markdown.ts";

const base: TWorkshopMinutes = {
  id: "w1",
  title: "Atelier n°3 : justificatifs",
  scheduledAt: new Date("2026-12-10T09:00:00.000Z"),
  openedAt: new Date("2026-12-10T09:05:00.000Z"),
  closedAt: new Date("2026-12-10T11:00:00.000Z"),
  participants: {
    total: 7,
    groups: [
      { label: "Région", count: 4 },
      { label: "Autres (OPCO, Autre)", count: 3 },
    ],
    rule: "Un type n'est détaillé qu'à partir de 3 participants.",
  },
  notes: [
    {
      text: "RIB demandé *trois* fois",
      duplicates: 2,
      irritant: { title: "RIB redemandé", href: "/irritants/rib-redemande" },
    },
    { text: "Attestation | employeur", duplicates: 0, irritant: null },
  ],
  vote: {
    question: "Que traiter en premier ?",
    method: "DOT_VOTING",
    voters: 6,
    revealed: true,
    ranking: [
      { rank: 1, title: "RIB redemandé", score: "12 points" },
      { rank: 2, title: "Attestation", score: "5 points" },
    ],
    breakdown: [{ label: "Région", voters: 3, leader: "RIB redemandé" }],
    breakdownRule: "Secret du vote : 3 votants au moins.",
  },
  decisions: [
    {
      text: "Traiter le RIB d'abord",
      link: { type: "irritant", title: "RIB redemandé", href: "/irritants/rib-redemande" },
    },
  ],
  actions: [{ text: "Écrire à la CNAF", owner: "Région Normandie", dueOn: "2027-01-15", link: null }],
};

describe("workshop minutes in Markdown", () => {
  it("has every section: participants by type, notes with duplicates and irritants, ranking, decisions, actions with owner and due date", () => {
    const markdown = workshopMinutesMarkdown(base, "https://atelier.example.org");
    expect(markdown).toContain("# Compte rendu : Atelier n°3 : justificatifs");
    expect(markdown).toContain("| Région | 4 |");
    expect(markdown).toContain("| Autres \\(OPCO, Autre\\) | 3 |");
    expect(markdown).toContain(
      "- RIB demandé \\*trois\\* fois (2 doublons regroupés ; devenue l'irritant [RIB redemandé](https://atelier.example.org/irritants/rib-redemande))",
    );
    expect(markdown).toContain("- Attestation \\| employeur\n");
    expect(markdown).toContain("| 1 | RIB redemandé | 12 points |");
    expect(markdown).toContain("(irritant [RIB redemandé](https://atelier.example.org/irritants/rib-redemande))");
    expect(markdown).toContain("| Écrire à la CNAF | Région Normandie | 15 janvier 2027 | — |");
    expect(markdown.endsWith("\n")).toBe(true);
  });

  it("says what is missing rather than leaving a section empty, and never shows unrevealed results", () => {
    const empty = workshopMinutesMarkdown({ ...base, notes: [], decisions: [], actions: [], vote: null }, "");
    for (const line of ["Aucune note.", "Aucun vote pendant cet atelier.", "Aucune décision.", "Aucune action."])
      expect(empty).toContain(line);
    const hidden = workshopMinutesMarkdown({ ...base, vote: { ...base.vote!, revealed: false } }, "");
    expect(hidden).toContain("résultats non dévoilés");
    expect(hidden).not.toContain("12 points");
  });

  it("keeps any participant's text on one line and inert (no heading, link, table cell or HTML of its own)", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), (text) => {
        const escaped = escapeMarkdown(text);
        expect(escaped).not.toMatch(/\n/);
        expect(escaped).not.toMatch(/(^|[^\\])[<>|[\]#*_`]/);
        const markdown = workshopMinutesMarkdown({ ...base, notes: [{ text, duplicates: 0, irritant: null }] }, "");
        expect(markdown.split("\n").filter((line) => line.startsWith("- ")).length).toBe(1 + base.decisions.length);
      }),
    );
  });
});
