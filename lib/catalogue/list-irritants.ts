import { z } from "zod";
import { db } from "@/lib/db/client.ts";
import { ZPathKind } from "@/lib/sheets/sheet-content.ts";
import { IRRITANT_CATEGORIES } from "./labels.ts";

export const ZIrritantFilters = z.object({
  q: z.string().trim().max(200).optional().catch(undefined),
  categorie: z.enum(IRRITANT_CATEGORIES).optional().catch(undefined),
  parcours: ZPathKind.optional().catch(undefined),
});
export type TIrritantFilters = z.infer<typeof ZIrritantFilters>;

export const normalise = (text: string) =>
  text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase();

/**
 * Retired irritants are left out; the category and path filters run in the database, the text filter in `matchesText`.
 */
export const irritantListWhere = (filters: TIrritantFilters) => ({
  retiredAt: null,
  ...(filters.categorie ? { category: filters.categorie } : {}),
  ...(filters.parcours ? { paths: { has: filters.parcours } } : {}),
});
export const IRRITANT_LIST_ORDER = [{ category: "asc" as const }, { title: "asc" as const }, { slug: "asc" as const }];
export const IRRITANT_LIST_SELECT = {
  id: true,
  slug: true,
  title: true,
  description: true,
  category: true,
  paths: true,
  quotes: true,
  dataItems: {
    where: { dataItem: { retiredAt: null } },
    select: { dataItem: { select: { slug: true, name: true, availability: true } } },
  },
};

/** The words of a free-text search, accents and case removed; none when there is no search. */
export const searchTerms = (q: string | undefined) => (q ? normalise(q).split(/\s+/).filter(Boolean) : []);
/** Every word of the search appears in the irritant's title, description or quotes. */
export const matchesText = (terms: string[]) => (irritant: { title: string; description: string; quotes: string[] }) =>
  terms.every((term) =>
    normalise(`${irritant.title} ${irritant.description} ${irritant.quotes.join(" ")}`).includes(term),
  );

/** Public: the catalogue of irritants (retired ones left out) with the data items that would remove them. */
export async function listIrritants(filters: TIrritantFilters = {}) {
  const irritants = await db.irritant.findMany({
    where: irritantListWhere(filters),
    orderBy: IRRITANT_LIST_ORDER,
    select: IRRITANT_LIST_SELECT,
  });
  const terms = searchTerms(filters.q);
  return terms.length ? irritants.filter(matchesText(terms)) : irritants;
}
