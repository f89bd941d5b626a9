import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client.ts";
import { createActor } from "@/lib/test/factories.ts";
import { seedDemoContent } from "@/lib/seed/seed.ts";
import { DEMO_FUNDING_SCHEMES } from "@/lib/seed/funding-schemes.ts";
import { saveFundingScheme, ZSaveFundingSchemeInput, type TSaveFundingSchemeInput } from "./save-funding-scheme.ts";
import { saveIrritant, ZSaveIrritantInput } from "./save-irritant.ts";
import { retireCatalogueEntry } from "./retire-catalogue-entry.ts";
import { getFundingScheme } from "./get-funding-scheme.ts";
import { listFundingSchemes } from "./list-funding-schemes.ts";
import { listCatalogueChanges } from "./list-catalogue-changes.ts";
import { getIrritant } from "./get-irritant.ts";

beforeAll(async () => {
  if (!(await db.fundingScheme.findUnique({ where: { slug: "cpf" } }))) await seedDemoContent(db);
});

const schemeInput = (extra: Partial<TSaveFundingSchemeInput> = {}) =>
  ZSaveFundingSchemeInput.parse({
    name: `Chèque formation ${randomUUID().slice(0, 8)}`,
    description: "Une aide régionale de test au financement d'une formation.",
    operator: "Région test",
    paths: ["PARTICULIER"],
    source: "Règlement d'intervention de test",
    requirements: [
      {
        path: "PARTICULIER",
        kind: "DOCUMENT",
        label: "Avis d'imposition",
        replacedBy: ["revenu-fiscal-reference", "nombre-parts-fiscales"],
      },
      { path: "PARTICULIER", kind: "DOCUMENT", label: "Titre de séjour", replacedBy: ["titre-de-sejour"] },
      { path: "EMPLOYEUR", kind: "DATA", label: "SIRET de l'employeur", replacedBy: [] },
    ],
    ...extra,
  });

describe("funding schemes", () => {
  it("seeds the schemes of the sources, each saying where its list comes from, with existing data items", async () => {
    const schemes = await listFundingSchemes();
    expect(schemes.map((scheme) => scheme.slug)).toEqual(
      expect.arrayContaining(DEMO_FUNDING_SCHEMES.map((scheme) => scheme.slug)),
    );
    for (const demo of DEMO_FUNDING_SCHEMES) {
      const scheme = (await getFundingScheme({ slug: demo.slug }))!;
      expect(scheme.source).toMatch(/^Démonstration : .*atelier/);
      expect(scheme.requirements.map((requirement) => requirement.replacedBy.map((item) => item.slug))).toEqual(
        demo.requirements.map((requirement) => requirement.replacedBy),
      );
    }
    const ptp = (await getFundingScheme({ slug: "projet-transition-professionnelle" }))!;
    expect(ptp.byPath.map((group) => group.path)).toEqual(["PARTICULIER", "EMPLOYEUR", "ORGANISME_FORMATION"]);
    expect(ptp.irritants.map(({ irritant }) => irritant.slug)).toContain("douze-bulletins-de-salaire");
  });

  it("answers « what does my scheme ask for, and what could be pre-filled? » per path, and counts what an available API replaces", async () => {
    const member = await createActor("MEMBER");
    const { slug } = await saveFundingScheme({ actor: member, input: schemeInput() });
    const scheme = (await getFundingScheme({ slug }))!;
    expect(
      scheme.byPath.map(({ path, requirements }) => [path, requirements.map((requirement) => requirement.label)]),
    ).toEqual([
      ["PARTICULIER", ["Avis d'imposition", "Titre de séjour"]],
      ["EMPLOYEUR", ["SIRET de l'employeur"]],
    ]);
    expect(scheme.byPath[0].requirements[0].replacedBy).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          slug: "revenu-fiscal-reference",
          availability: "DISPONIBLE",
          publicApi: expect.objectContaining({ slug: "api-impot-particulier" }),
        }),
      ]),
    );
    // The tax notice has available data; the residence permit's data does not exist yet.
    expect((await listFundingSchemes()).find((entry) => entry.slug === slug)).toMatchObject({
      requirementCount: 3,
      prefillableToday: 1,
    });
  });

  it("keeps each edit of the requests in history, refuses stale edits, and stores nothing on a bad link", async () => {
    const member = await createActor("MEMBER");
    const created = await saveFundingScheme({ actor: member, input: schemeInput() });
    const edited = schemeInput({
      id: created.id,
      expectedVersion: 1,
      requirements: [
        { path: "PARTICULIER", kind: "DOCUMENT", label: "Avis d'imposition", replacedBy: ["revenu-fiscal-reference"] },
      ],
    });
    await saveFundingScheme({
      actor: member,
      input: { ...edited, name: (await getFundingScheme({ slug: created.slug }))!.name },
    });
    const [edit] = await listCatalogueChanges({ kind: "FUNDING_SCHEME", entryId: created.id });
    expect(Object.keys(edit.fields)).toEqual(["requirements"]);
    expect(edit.fields.requirements.before).toEqual([
      "PARTICULIER · pièce · Avis d'imposition → nombre-parts-fiscales, revenu-fiscal-reference",
      "PARTICULIER · pièce · Titre de séjour → titre-de-sejour",
      "EMPLOYEUR · information · SIRET de l'employeur",
    ]);
    await expect(saveFundingScheme({ actor: member, input: edited })).rejects.toMatchObject({ code: "STALE" });
    const count = await db.schemeRequirement.count();
    await expect(
      saveFundingScheme({
        actor: member,
        input: schemeInput({
          requirements: [{ path: "PARTICULIER", kind: "DATA", label: "Inconnue", replacedBy: ["n-existe-pas"] }],
        }),
      }),
    ).rejects.toMatchObject({ code: "INVALID_INPUT" });
    expect(await db.schemeRequirement.count()).toBe(count);
  });

  it("links irritants to schemes; only admins retire a scheme, which then leaves the list and cannot be newly linked", async () => {
    const member = await createActor("MEMBER");
    const admin = await createActor("ADMIN");
    const scheme = await saveFundingScheme({ actor: member, input: schemeInput() });
    const irritant = await saveIrritant({
      actor: member,
      input: ZSaveIrritantInput.parse({
        title: `Avis d'imposition redemandé ${randomUUID().slice(0, 8)}`,
        description: "Le chèque formation redemande l'avis d'imposition.",
        category: "JUSTIFICATIF",
        paths: ["PARTICULIER"],
        quotes: "",
        dataItems: ["revenu-fiscal-reference"],
        schemes: [scheme.slug],
      }),
    });
    expect((await getIrritant({ slug: irritant.slug }))!.schemes.map(({ scheme: linked }) => linked.slug)).toEqual([
      scheme.slug,
    ]);
    expect(
      (await getFundingScheme({ slug: scheme.slug }))!.irritants.map(({ irritant: linked }) => linked.slug),
    ).toEqual([irritant.slug]);

    await expect(
      retireCatalogueEntry({ actor: member, input: { kind: "funding-scheme", id: scheme.id, retired: true } }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await retireCatalogueEntry({ actor: admin, input: { kind: "funding-scheme", id: scheme.id, retired: true } });
    expect((await listFundingSchemes()).some((entry) => entry.slug === scheme.slug)).toBe(false);
    expect((await getFundingScheme({ slug: scheme.slug }))!.retiredAt).toBeInstanceOf(Date);
    await expect(
      saveIrritant({
        actor: member,
        input: ZSaveIrritantInput.parse({
          title: `Autre irritant ${randomUUID().slice(0, 8)}`,
          description: "Un irritant qui vise un dispositif retiré.",
          category: "AUTRE",
          paths: [],
          quotes: "",
          dataItems: [],
          schemes: [scheme.slug],
        }),
      }),
    ).rejects.toMatchObject({ code: "INVALID_INPUT" });
    // Already linked: the irritant keeps its link when edited.
    const current = (await getIrritant({ slug: irritant.slug }))!;
    await saveIrritant({
      actor: member,
      input: ZSaveIrritantInput.parse({
        ...current,
        id: current.id,
        expectedVersion: current.version,
        quotes: "Encore !",
        dataItems: ["revenu-fiscal-reference"],
        schemes: [scheme.slug],
      }),
    });
    expect((await getIrritant({ slug: irritant.slug }))!.schemes).toHaveLength(1);
  });
});
