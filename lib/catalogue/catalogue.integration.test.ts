import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client.ts";
import { seedDemoContent } from "@/lib/seed/seed.ts";
import { listIrritants, ZIrritantFilters } from "./list-irritants.ts";
import { getIrritant } from "./get-irritant.ts";
import { getDataItem, listDataItems, ZDataItemFilters } from "./list-data-items.ts";

beforeAll(async () => {
  if (!(await db.irritant.findUnique({ where: { slug: "douze-bulletins-de-salaire" } }))) await seedDemoContent(db);
});

describe("catalogue", () => {
  it("filters irritants by text (accents ignored), category and path", async () => {
    expect((await listIrritants({ q: "BULLETINS salaire" })).map((irritant) => irritant.slug)).toEqual([
      "douze-bulletins-de-salaire",
    ]);
    expect((await listIrritants({ q: "historisee UAI" })).map((irritant) => irritant.slug)).toContain(
      "table-uai-siret-absente",
    );
    const referentials = await listIrritants({ categorie: "REFERENTIEL" });
    expect(referentials.every((irritant) => irritant.category === "REFERENTIEL")).toBe(true);
    expect(
      (await listIrritants({ parcours: "EMPLOYEUR" })).every((irritant) => irritant.paths.includes("EMPLOYEUR")),
    ).toBe(true);
  });

  it("ignores unknown filter values instead of failing", () => {
    expect(ZIrritantFilters.parse({ categorie: "INCONNUE", parcours: "X" })).toEqual({
      q: undefined,
      categorie: undefined,
      parcours: undefined,
    });
    expect(ZDataItemFilters.parse({ disponibilite: "PEUT-ETRE" }).disponibilite).toBeUndefined();
  });

  it("links an irritant to its data items and to published sheets only", async () => {
    const irritant = await getIrritant({ slug: "offre-de-formation-ressaisie" });
    expect(irritant!.dataItems.map(({ dataItem }) => dataItem.slug)).toEqual(["offre-formation-cpf"]);
    // The draft « dossier partagé » sheet also links it, but is not public.
    expect(irritant!.useCases.map(({ useCase }) => useCase.slug)).toEqual(["formation-financee"]);
  });

  it("filters data items by availability and API", async () => {
    const available = await listDataItems({ disponibilite: "DISPONIBLE", api: "api-entreprise" });
    expect(available.length).toBeGreaterThan(0);
    expect(
      available.every((item) => item.availability === "DISPONIBLE" && item.publicApi?.slug === "api-entreprise"),
    ).toBe(true);
    expect((await getDataItem({ slug: "titularite-iban" }))!.publicApi).toMatchObject({ hypothetical: true });
    expect(await getDataItem({ slug: "n-existe-pas" })).toBeNull();
  });
});
