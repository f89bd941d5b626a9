import { z } from "zod";
import { db } from "@/lib/db/client.ts";
import { isSlug } from "@/lib/slugify.ts";
import { ZPathKind } from "@/lib/sheets/sheet-content.ts";
import { Availability } from "@/lib/db/enums.ts";
import { normalise, searchTerms } from "./list-irritants.ts";
import { listEstimateAuthors } from "./list-estimate-authors.ts";
import { perRequest } from "@/lib/http/per-request.ts";

export const ZDataItemFilters = z.object({
  q: z.string().trim().max(200).optional().catch(undefined),
  disponibilite: z.enum(Availability).optional().catch(undefined),
  parcours: ZPathKind.optional().catch(undefined),
  // A slug or nothing: the value reaches the database (see isSlug).
  api: z.string().max(80).refine(isSlug).optional().catch(undefined),
});
export type TDataItemFilters = z.infer<typeof ZDataItemFilters>;

/** Retired items are left out; the availability, path and API filters run in the database, the text one in memory. */
export const dataItemListWhere = (filters: TDataItemFilters) => ({
  retiredAt: null,
  ...(filters.disponibilite ? { availability: filters.disponibilite } : {}),
  ...(filters.parcours ? { paths: { has: filters.parcours } } : {}),
  ...(filters.api ? { publicApi: { slug: filters.api } } : {}),
});
export const DATA_ITEM_LIST_ORDER = [
  { availability: "asc" as const },
  { name: "asc" as const },
  { slug: "asc" as const },
];
export const DATA_ITEM_LIST_SELECT = {
  slug: true,
  name: true,
  definition: true,
  holder: true,
  availability: true,
  effort: true,
  paths: true,
  endpoint: true,
  publicApi: { select: { slug: true, name: true, hypothetical: true } },
};
/** Every word of the search appears in the item's name, definition or holder. */
export const dataItemMatchesText = (terms: string[]) => (item: { name: string; definition: string; holder: string }) =>
  terms.every((term) => normalise(`${item.name} ${item.definition} ${item.holder}`).includes(term));

/** Public: the data items in the catalogue (retired ones left out), who holds them and which API serves them. */
export async function listDataItems(filters: TDataItemFilters = {}) {
  const items = await db.dataItem.findMany({
    where: dataItemListWhere(filters),
    orderBy: DATA_ITEM_LIST_ORDER,
    select: DATA_ITEM_LIST_SELECT,
  });
  const terms = searchTerms(filters.q);
  return terms.length ? items.filter(dataItemMatchesText(terms)) : items;
}

/** Read once per request: the page and its metadata ask for the same entry. */
export const getDataItem = perRequest(loadDataItem, ({ slug }) => slug);

/**
 * Public: one data item (retired ones too, marked so) with the irritants it removes, and who set its estimated
 * availability and effort.
 */
async function loadDataItem({ slug }: { slug: string }) {
  if (!isSlug(slug)) return null;
  const item = await db.dataItem.findUnique({
    where: { slug },
    select: {
      id: true,
      version: true,
      retiredAt: true,
      slug: true,
      name: true,
      definition: true,
      format: true,
      holder: true,
      availability: true,
      effort: true,
      paths: true,
      endpoint: true,
      scopes: true,
      updatedAt: true,
      publicApi: { select: { slug: true, name: true, provider: true, hypothetical: true, documentationUrl: true } },
      irritants: {
        where: { irritant: { retiredAt: null } },
        select: { irritant: { select: { slug: true, title: true } } },
      },
    },
  });
  if (!item) return null;
  const authors = await listEstimateAuthors({
    kind: "DATA_ITEM",
    entryIds: [item.id],
    fields: ["availability", "effort"],
  });
  return { ...item, estimatedBy: authors.get(item.id) ?? {} };
}
