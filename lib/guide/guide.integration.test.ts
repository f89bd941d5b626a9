import { randomUUID } from "node:crypto";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client.ts";
import { createActor, createNamedActor, ensureDemoContent } from "@/lib/test/factories.ts";
import type { TActor } from "@/lib/auth/actor.ts";
import { savePublicApi, ZSavePublicApiInput } from "@/lib/catalogue/save-public-api.ts";
import { saveDataItem, ZSaveDataItemInput } from "@/lib/catalogue/save-data-item.ts";
import { saveFundingScheme, ZSaveFundingSchemeInput } from "@/lib/catalogue/save-funding-scheme.ts";
import { retireCatalogueEntry } from "@/lib/catalogue/retire-catalogue-entry.ts";
import { renderMarkdown } from "@/lib/markdown/render-markdown.ts";
import { unsafeHtml } from "@/lib/test/hostile-input.ts";
import { GET as markdownRoute } from "@/app/api/public/v1/guide/markdown/route.ts";
import { GuideDocument } from "@/components/guide/guide-document.tsx";
import { getGuide, loadGuide } from "./get-guide.ts";

const tag = randomUUID().slice(0, 6);
const MEMBER_NAME = `Ana Estimatrice ${tag}`;
let member: TActor;
let slugs: { scheme: string; item: string; retired: string; api: string; itemId: string };
const dataItemInput = (name: string, api: string, extra: Record<string, unknown> = {}) =>
  ZSaveDataItemInput.parse({
    name,
    definition: "Une donnée du guide de test.",
    format: "",
    holder: "DGFiP",
    publicApi: api,
    endpoint: "/v1/guide",
    scopes: "guide_scope",
    availability: "EN_COURS",
    effort: 2,
    paths: ["PARTICULIER"],
    ...extra,
  });

beforeAll(async () => {
  await ensureDemoContent();
  member = await createNamedActor("MEMBER", MEMBER_NAME);
  const admin = await createActor("ADMIN");
  const api = await savePublicApi({
    actor: member,
    input: ZSavePublicApiInput.parse({
      name: `API du guide ${tag}`,
      provider: "DGFiP",
      description: "Une API vérifiée pour le guide.",
      documentationUrl: "https://doc.exemple.fr/guide",
      hypothetical: false,
      habilitation: "DATAPASS",
      habilitationUrl: "https://datapass.exemple.fr/guide",
      habilitationDetails: "Demande par le financeur.",
      availability: "DISPONIBLE",
      availabilitySource: "Catalogue api.gouv.fr",
      availabilityCheckedOn: "2026-11-02",
    }),
  });
  const item = await saveDataItem({ actor: member, input: dataItemInput(`Donnée du guide ${tag}`, api.slug) });
  const retired = await saveDataItem({
    actor: member,
    input: dataItemInput(`Donnée retirée du guide ${tag}`, api.slug),
  });
  // As the demo content is: written without the app, so no recorded change says who estimated it.
  const demo = await db.dataItem.create({
    data: {
      slug: `donnee-demo-${tag}`,
      name: `Donnée de démonstration ${tag}`,
      definition: "Une donnée du contenu de démonstration.",
      holder: "DGFiP",
      availability: "INEXISTANTE",
      effort: 5,
      paths: ["PARTICULIER"],
    },
  });
  const scheme = await saveFundingScheme({
    actor: member,
    input: ZSaveFundingSchemeInput.parse({
      name: `Aide du guide ${tag}`,
      description: "Une aide pour tester le guide.",
      operator: "Région test",
      paths: ["PARTICULIER", "EMPLOYEUR"],
      source: "Règlement de test",
      requirements: [
        {
          path: "PARTICULIER",
          kind: "DOCUMENT",
          label: "Avis d'imposition | N-1",
          replacedBy: [item.slug, retired.slug],
        },
        { path: "PARTICULIER", kind: "DATA", label: "Numéro fiscal", replacedBy: [demo.slug] },
      ],
    }),
  });
  await retireCatalogueEntry({ actor: admin, input: { kind: "data-item", id: retired.id, retired: true } });
  slugs = { scheme: scheme.slug, item: item.slug, retired: retired.slug, api: api.slug, itemId: item.id };
}, 120_000);

describe("the guide", () => {
  it("gives per scheme and path what is asked, the data that replace it, the API, habilitation, scopes and availability with its source or estimate", async () => {
    const guide = await getGuide();
    expect(guide.schemes.map((scheme) => scheme.slug)).toEqual(
      expect.arrayContaining(["cpf", "projet-transition-professionnelle", slugs.scheme]),
    );
    const scheme = guide.schemes.find((entry) => entry.slug === slugs.scheme)!;
    expect(scheme.paths.map((path) => [path.path, path.requirements.map((requirement) => requirement.label)])).toEqual([
      ["PARTICULIER", ["Avis d'imposition | N-1", "Numéro fiscal"]],
      ["EMPLOYEUR", []],
    ]);
    const [asked, typed] = scheme.paths[0].requirements;
    // Without a recorded change, a value is the demo content's: said so, with nobody named.
    expect(typed.replacedBy).toEqual([
      expect.objectContaining({
        name: `Donnée de démonstration ${tag}`,
        api: null,
        availabilityEstimate: { setBy: null },
        effortEstimate: { setBy: null },
      }),
    ]);
    // The retired data item is left out; the other comes with its API and who estimated it.
    expect(asked.replacedBy).toEqual([
      expect.objectContaining({
        slug: slugs.item,
        scopes: ["guide_scope"],
        endpoint: "/v1/guide",
        availability: "EN_COURS",
        availabilityEstimate: { setBy: { who: MEMBER_NAME, at: expect.any(String) } },
        effortEstimate: { setBy: { who: MEMBER_NAME, at: expect.any(String) } },
        api: expect.objectContaining({
          slug: slugs.api,
          habilitation: "DATAPASS",
          habilitationUrl: "https://datapass.exemple.fr/guide",
          availability: "DISPONIBLE",
          availabilitySource: "Catalogue api.gouv.fr",
          availabilityCheckedOn: "2026-11-02T00:00:00.000Z",
          availabilityEstimate: null,
        }),
      }),
    ]);
  });

  it("keeps its version while the catalogue stays the same, and changes it with the catalogue", async () => {
    const [first, second] = [await loadGuide(), await loadGuide()];
    expect(first.version).toMatch(/^\d{4}-\d{2}-\d{2}\.[0-9a-f]{8}$/);
    expect(second.version).toBe(first.version);
    const current = await db.dataItem.findUniqueOrThrow({
      where: { id: slugs.itemId },
      select: { version: true, publicApi: { select: { slug: true } } },
    });
    await saveDataItem({
      actor: member,
      input: dataItemInput(`Donnée du guide ${tag}`, slugs.api, {
        id: slugs.itemId,
        expectedVersion: current.version,
        effort: 4,
      }),
    });
    const changed = await loadGuide();
    expect(changed.version).not.toBe(first.version);
    expect(new Date(changed.catalogueUpdatedAt).getTime()).toBeGreaterThanOrEqual(
      new Date(first.catalogueUpdatedAt).getTime(),
    );
  });

  it("serves its Markdown as a download that the project's renderer shows as Markdown, one table per path asking something", async () => {
    const response = await markdownRoute(new Request("http://localhost:3000/api/public/v1/guide/markdown"));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/markdown; charset=utf-8");
    expect(response.headers.get("content-disposition")).toBe('attachment; filename="guide-bonnes-pratiques-efop.md"');
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
    const markdown = await response.text();
    const guide = await loadGuide();
    expect(markdown).toContain(`## Aide du guide ${tag}`);
    expect(markdown).toContain(`| Avis d'imposition \\| N-1 | Pièce justificative | [Donnée du guide ${tag}]`);
    expect(markdown).toContain(`renseignée par ${MEMBER_NAME}`);
    expect(markdown).toContain("Donnée : Inexistante (estimation du groupe, valeur de démonstration non vérifiée).");
    expect(markdown).toContain("Disponible (source : Catalogue api.gouv.fr, vérifiée le 2 novembre 2026)");
    expect(markdown).not.toContain(`Donnée retirée du guide ${tag}`);
    expect(markdown).toContain(`**Version ${guide.version}**`);
    const rendered = renderMarkdown(markdown, {
      bounds: { maxLength: 5_000_000, maxDepth: 32, maxElements: 5_000_000, maxHtmlLength: 50_000_000 },
    });
    expect(rendered.fallback).toBeNull();
    expect(unsafeHtml(rendered.html)).toEqual([]);
    const tables = guide.schemes
      .flatMap((scheme) => scheme.paths)
      .filter((path) => path.requirements.length > 0).length;
    expect(rendered.html.match(/<table>/g)).toHaveLength(tables);
    expect(
      (
        await markdownRoute(
          new Request("http://localhost:3000/api/public/v1/guide/markdown", {
            headers: { "if-none-match": response.headers.get("etag")! },
          }),
        )
      ).status,
    ).toBe(304);
  });

  it("renders as a document whose table of contents points at its sections, with its version and dates on the cover", async () => {
    const guide = await loadGuide();
    const html = renderToStaticMarkup(createElement(GuideDocument, { guide }));
    const targets = [...html.matchAll(/href="#([^"]+)"/g)].map((match) => match[1]);
    expect(targets.length).toBeGreaterThanOrEqual(guide.schemes.length);
    for (const target of targets) expect(html, target).toContain(`id="${target}"`);
    expect(html.match(/class="guide-scheme/g)).toHaveLength(guide.schemes.length);
    expect(html).toContain(guide.version);
    expect(html).toMatch(/Guide généré le<\/dt><dd>\d{1,2} \S+ \d{4}/);
  });
});
