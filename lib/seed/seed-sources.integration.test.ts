import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client.ts";
import { seedDemoContent } from "./seed.ts";
import {
  DEMO_DATA_ITEMS,
  DEMO_IRRITANTS,
  DEMO_ORGANISATIONS,
  DEMO_PUBLIC_APIS,
  DEMO_SHEETS,
  WORKSHOP_APPRENTICESHIP_SOURCE,
  WORKSHOP_EFOP_SOURCE,
} from "./content.ts";
import { DEMO_FUNDING_SCHEMES } from "./funding-schemes.ts";
import { DEMO_CLOSED_ROUND, DEMO_OPEN_ROUND } from "./seed-rounds.ts";
import { listPublicPriorities } from "@/lib/rounds/list-public-priorities.ts";
import { getRound } from "@/lib/rounds/get-round.ts";
import { listPublishedSheets } from "@/lib/sheets/list-published-sheets.ts";
import { ZSheetContent } from "@/lib/sheets/sheet-content.ts";
import { ORGANISATION_TYPES } from "@/lib/organisations/organisation-types.ts";
import { validateCfd, validateSiret, validateUai } from "@/lib/identifiers/identifiers.ts";

/** `../shared/seeds` beside the checkout, found from any depth (main checkout or worktree). */
function seedsDirectory(from = path.resolve(import.meta.dirname, "../..")): string {
  const candidate = path.join(path.dirname(from), "shared/seeds");
  if (existsSync(candidate)) return candidate;
  if (path.dirname(from) === from) throw new Error("shared/seeds introuvable au-dessus du projet");
  return seedsDirectory(path.dirname(from));
}
const SEEDS = seedsDirectory();
const source = (prefix: string) =>
  readFileSync(
    path.join(
      SEEDS,
      `${prefix}_${{ "000": "75c3df21e02e24eb", "001": "999664e7c69fbd99", "004": "9cdd350a7e231894" }[prefix]}.txt`,
    ),
    "utf8",
  );
const REPORTS: Record<string, string> = {
  [WORKSHOP_EFOP_SOURCE]: source("000"),
  [WORKSHOP_APPRENTICESHIP_SOURCE]: source("001"),
};
/**
 * The sources write ’ (and 004 escapes its Markdown); the app's prose writes '. Quotes are compared without this
 * normalisation.
 */
const plain = (text: string) =>
  text
    .replace(/\\([()])/g, "$1")
    .replace(/[’']/g, "'")
    .replace(/\s+/g, " ")
    .toLowerCase();

beforeAll(async () => {
  await seedDemoContent(db);
});

describe("demo irritants follow the workshop reports", () => {
  it("name their report, and every quote is in it verbatim, character for character", () => {
    for (const irritant of DEMO_IRRITANTS) {
      const report = REPORTS[irritant.source];
      expect(report, irritant.slug).toBeDefined();
      for (const quote of irritant.quotes)
        expect(report.includes(`« ${quote} »`), `${irritant.slug}: ${quote}`).toBe(true);
    }
    // The report's two quotes about irritants are both there; the one on the three paths belongs to the sheet, not to
    // an irritant.
    expect(DEMO_IRRITANTS.flatMap((irritant) => irritant.quotes)).toHaveLength(2);
    expect(DEMO_IRRITANTS.flatMap((irritant) => irritant.quotes).join(" ")).not.toContain(
      "Il faut distinguer les demandes",
    );
  });

  it("quote the workshop's leads in its own words", () => {
    const leads = DEMO_IRRITANTS.flatMap((irritant) =>
      [...irritant.description.matchAll(/Piste de l'atelier : ([^\n]+?)\.?$/gm)].map((match) => ({
        irritant,
        lead: match[1],
      })),
    );
    expect(leads.map(({ irritant }) => irritant.slug)).toEqual(
      expect.arrayContaining([
        "douze-bulletins-de-salaire",
        "rib-non-verifie",
        "justificatifs-are-rsa",
        "diplome-le-plus-eleve",
        "preuve-qualiopi",
      ]),
    );
    for (const { irritant, lead } of leads)
      expect(plain(REPORTS[irritant.source]), `${irritant.slug}: ${lead}`).toContain(plain(lead));
  });

  it("store the source and the quotes as seeded", async () => {
    const rows = await db.irritant.findMany({
      where: { slug: { in: DEMO_IRRITANTS.map((irritant) => irritant.slug) } },
      select: { slug: true, source: true, quotes: true },
    });
    expect(rows).toHaveLength(DEMO_IRRITANTS.length);
    for (const row of rows) {
      const seeded = DEMO_IRRITANTS.find((irritant) => irritant.slug === row.slug)!;
      expect(row).toMatchObject({ source: seeded.source, quotes: seeded.quotes });
    }
  });
});

describe("demo sheets follow their sources", () => {
  it("publish the separation of training funding from daily-life aid, with its irritant and data", async () => {
    const published = await listPublishedSheets();
    expect(published.map((sheet) => sheet.slug)).toContain("aides-vie-quotidienne-stagiaires");
    const sheet = await db.useCase.findUniqueOrThrow({
      where: { slug: "aides-vie-quotidienne-stagiaires" },
      select: {
        state: true,
        irritants: { select: { irritant: { select: { slug: true } } } },
        dataItems: { select: { dataItem: { select: { slug: true } } } },
        publishedRevision: { select: { content: true } },
      },
    });
    expect(sheet.state).toBe("PUBLISHED");
    expect(sheet.irritants.map((link) => link.irritant.slug)).toEqual(["formation-et-vie-quotidienne-melangees"]);
    expect(sheet.dataItems.length).toBeGreaterThan(0);
    const content = ZSheetContent.parse(sheet.publishedRevision!.content);
    const text = JSON.stringify(content);
    for (const cost of ["mobilité", "garde d'enfants", "logement"]) expect(text).toContain(cost);
    expect(text).toContain(
      "« On confond parfois le financement de la formation et celui des frais de vie quotidienne (mobilité, garde d’enfants, logement). Il faut clarifier. »",
    );
  });

  it("keep the data list, the consent and the scope of the apprenticeship sheet (004)", async () => {
    const original = plain(source("004"));
    // What the source says, then where the seeded sheet says it.
    expect(original).toContain("(ine, nir, voeux et souhaits de formation)");
    expect(original).toContain("avec l'accord des cfa, sollicité par l'état");
    expect(original).toContain("catalogue des offres de formation au 30 juin 2020");
    const sheet = DEMO_SHEETS.find((candidate) => candidate.slug === "transmission-donnees-apprentissage")!;
    const text = plain(JSON.stringify(sheet.content));
    expect(text).toContain("ine, nir, vœux et souhaits de formation");
    expect(text).toContain("l'accord des cfa, sollicité par l'état");
    expect(text).toContain("catalogue des offres de formation au 30 juin 2020");
    expect(sheet.state).toBe("PUBLISHED");
    const item = DEMO_DATA_ITEMS.find((candidate) => sheet.dataItems.includes(candidate.slug))!;
    expect(plain(item.format ?? "")).toContain("ine, nir, vœux et souhaits de formation");
  });

  it("give no date or status that the sources do not give", () => {
    for (const sheet of DEMO_SHEETS) {
      for (const solution of sheet.content.solutions) {
        // Every step of the sources is announced, none reported done or under way.
        expect(solution.status, `${sheet.slug}: ${solution.name}`).toBe("PLANIFIEE");
        if (solution.targetDate) {
          expect(solution.targetDate).toBe("2020-12-31");
          expect(plain(source("004"))).toContain("échéance d'ici la fin 2020");
        }
      }
    }
  });
});

describe("demo values are labelled", () => {
  it("funding schemes say their lists are demonstrations, APIs without a source are estimates", () => {
    for (const scheme of DEMO_FUNDING_SCHEMES) expect(scheme.source).toMatch(/^Démonstration : /);
    expect(DEMO_PUBLIC_APIS.filter((api) => api.hypothetical).every((api) => api.documentationUrl === null)).toBe(true);
  });

  it("the seeded rounds are flagged as demonstrations, on their page and in the public API", async () => {
    const rounds = await db.voteRound.findMany({
      where: { title: { in: [DEMO_CLOSED_ROUND, DEMO_OPEN_ROUND] } },
      select: { id: true, title: true, demonstration: true },
    });
    expect(rounds.map((round) => round.title).sort()).toEqual([DEMO_CLOSED_ROUND, DEMO_OPEN_ROUND].sort());
    expect(rounds.every((round) => round.demonstration)).toBe(true);
    const closed = rounds.find((round) => round.title === DEMO_CLOSED_ROUND)!;
    expect((await getRound({ actor: null, roundId: closed.id }))?.demonstration).toBe(true);
    const published = (await listPublicPriorities()).find((round) => round.id === closed.id)!;
    expect(published.demonstration).toBe(true);
  });

  it("a round made by members is not a demonstration", async () => {
    const now = Date.now();
    const round = await db.voteRound.create({
      data: {
        title: `Scrutin réel ${now}`,
        question: "?",
        method: "DOT_VOTING",
        pointsBudget: 10,
        maxPointsPerItem: 3,
        opensAt: new Date(now - 2 * 86_400_000),
        closesAt: new Date(now - 86_400_000),
        closedAt: new Date(now - 86_400_000),
      },
    });
    expect((await listPublicPriorities()).find((candidate) => candidate.id === round.id)?.demonstration).toBe(false);
    await db.voteRound.delete({ where: { id: round.id } });
  });
});

describe("demo organisations and identifiers", () => {
  it("include the bodies the sources name, each with its own type", async () => {
    const bySlug = new Map(DEMO_ORGANISATIONS.map((organisation) => [organisation.slug, organisation.type]));
    expect(
      Object.fromEntries(
        ["dgesco", "depp", "dgsip", "dares", "france-competences", "agefiph"].map((slug) => [slug, bySlug.get(slug)]),
      ),
    ).toEqual({
      dgesco: "ETAT_DGESCO",
      depp: "ETAT_DEPP",
      dgsip: "ETAT_DGSIP",
      dares: "ETAT_DARES",
      "france-competences": "FRANCE_COMPETENCES",
      agefiph: "AGEFIPH",
    });
    for (const organisation of DEMO_ORGANISATIONS) expect(ORGANISATION_TYPES).toContain(organisation.type);
    expect(await db.organisation.count({ where: { slug: { in: [...bySlug.keys()] } } })).toBe(
      DEMO_ORGANISATIONS.length,
    );
  });

  it("every UAI, SIRET or CFD written in the demo content passes the project's own check", async () => {
    const organisations = await db.organisation.findMany({
      where: { slug: { in: DEMO_ORGANISATIONS.map((organisation) => organisation.slug) } },
      select: { siret: true, uai: true },
    });
    const text = JSON.stringify([
      DEMO_ORGANISATIONS,
      DEMO_PUBLIC_APIS,
      DEMO_DATA_ITEMS,
      DEMO_IRRITANTS,
      DEMO_SHEETS,
      DEMO_FUNDING_SCHEMES,
      organisations,
    ]);
    const found = (pattern: RegExp) => [...text.matchAll(pattern)].map((match) => match[0]);
    for (const uai of found(/\b\d{7}[A-Z]\b/g)) expect(validateUai(uai), uai).toBeNull();
    for (const siret of found(/\b\d{14}\b/g)) expect(validateSiret(siret), siret).toBeNull();
    for (const cfd of found(/\b(?:CFD|code formation diplôme)\W{0,20}[0-9][0-9A-Z]{7}\b/gi))
      expect(validateCfd(cfd.slice(-8)), cfd).toBeNull();
  });
});
