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

export const normalise = (text: string) => text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();

/** Public: the catalogue of irritants (retired ones left out) with the data items that would remove them. */
export async function listIrritants(filters: TIrritantFilters = {}) {
  const irritants = await db.irritant.findMany({
    where: { retiredAt: null, ...(filters.categorie ? { category: filters.categorie } : {}), ...(filters.parcours ? { paths: { has: filters.parcours } } : {}) },
    orderBy: [{ category: "asc" }, { title: "asc" }],
    select: {
      id: true, slug: true, title: true, description: true, category: true, paths: true, quotes: true,
      dataItems: { where: { dataItem: { retiredAt: null } }, select: { dataItem: { select: { slug: true, name: true, availability: true } } } },
    },
  });
  const terms = filters.q ? normalise(filters.q).split(/\s+/).filter(Boolean) : [];
  return terms.length ? irritants.filter((irritant) => terms.every((term) => normalise(`${irritant.title} ${irritant.description} ${irritant.quotes.join(" ")}`).includes(term))) : irritants;
}
