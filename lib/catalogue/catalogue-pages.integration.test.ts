import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client.ts";
import { seedDemoContent } from "@/lib/seed/seed.ts";
import { listIrritants, type TIrritantFilters } from "./list-irritants.ts";
import { listIrritantsPage } from "./list-irritants-page.ts";
import { listDataItems, type TDataItemFilters } from "./list-data-items.ts";
import { listDataItemsPage } from "./list-data-items-page.ts";

beforeAll(async () => {
  if (!(await db.irritant.findUnique({ where: { slug: "douze-bulletins-de-salaire" } }))) await seedDemoContent(db);
});

/** Every page in turn, from the first: the concatenation must be the unpaginated list. */
async function allPages<T>(
  read: (page: number) => Promise<{ items: T[]; pageCount: number; total: number; page: number }>,
) {
  const first = await read(1);
  const rest = await Promise.all(Array.from({ length: first.pageCount - 1 }, (_, index) => read(index + 2)));
  return { first, pages: [first, ...rest] };
}

describe("catalogue pages", () => {
  const irritantFilters: TIrritantFilters[] = [
    {},
    { q: "salaire" },
    { q: "DONNEES" },
    { categorie: "JUSTIFICATIF" },
    { parcours: "EMPLOYEUR" },
    { q: "zzz-introuvable" },
  ];
  for (const pageSize of [1, 3, 10]) {
    it(`serves every irritant once, in the list's order, over pages of ${pageSize}, whatever the filters`, async () => {
      for (const filters of irritantFilters) {
        const expected = (await listIrritants(filters)).map((irritant) => irritant.slug);
        const { first, pages } = await allPages((page) => listIrritantsPage({ ...filters, page, pageSize }));
        expect(
          pages.flatMap((page) => page.items.map((irritant) => irritant.slug)),
          JSON.stringify(filters),
        ).toEqual(expected);
        expect(first.total).toBe(expected.length);
        expect(first.pageCount).toBe(Math.max(1, Math.ceil(expected.length / pageSize)));
        expect(pages.map((page) => page.page)).toEqual(pages.map((_, index) => index + 1));
      }
    });
  }

  it("serves the last page for a page past the end, and the first page of an empty result", async () => {
    const total = (await listIrritants()).length;
    expect(total).toBeGreaterThan(10);
    const last = await listIrritantsPage({ page: 1_000_000_000, pageSize: 10 });
    expect(last.page).toBe(Math.ceil(total / 10));
    expect(last.items.length).toBe(total - (last.page - 1) * 10);
    expect(await listIrritantsPage({ q: "zzz-introuvable", page: 7, pageSize: 10 })).toEqual({
      items: [],
      total: 0,
      page: 1,
      pageCount: 1,
      pageSize: 10,
    });
  });

  it("serves every data item once over pages, whatever the filters", async () => {
    const filters: TDataItemFilters[] = [
      {},
      { q: "salaire" },
      { disponibilite: "DISPONIBLE" },
      { api: "api-entreprise" },
      { parcours: "PARTICULIER" },
    ];
    for (const filter of filters) {
      const expected = (await listDataItems(filter)).map((item) => item.slug);
      const { first, pages } = await allPages((page) => listDataItemsPage({ ...filter, page, pageSize: 4 }));
      expect(
        pages.flatMap((page) => page.items.map((item) => item.slug)),
        JSON.stringify(filter),
      ).toEqual(expected);
      expect(first.total).toBe(expected.length);
    }
    const total = (await listDataItems()).length;
    expect((await listDataItemsPage({ page: 999, pageSize: 12 })).page).toBe(Math.ceil(total / 12));
  });
});
