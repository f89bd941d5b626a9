import { z } from "zod";
import { db } from "@/lib/db/client.ts";
import { isSlug } from "@/lib/slugify.ts";
import { ORGANISATION_TYPES } from "@/lib/organisations/organisation-types.ts";
import { ZPathKind, ZSheetContent } from "./sheet-content.ts";
import { PUBLICLY_VISIBLE } from "./public-visibility.ts";
import { cachedPublicRead } from "./public-read-cache.ts";

export const ZSheetFilters = z.object({
  q: z.string().trim().max(200).optional().catch(undefined),
  parcours: ZPathKind.optional().catch(undefined),
  acteur: z.enum(ORGANISATION_TYPES).optional().catch(undefined),
  // A slug or nothing: the value reaches the database (see isSlug).
  api: z.string().max(80).refine(isSlug).optional().catch(undefined),
});
export type TSheetFilters = z.infer<typeof ZSheetFilters>;

const normalise = (text: string) =>
  text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase();

/**
 * Public: published sheets, always through their last published revision.
 * The catalogue is small (tens of sheets), so filtering happens in memory on
 * the published content rather than on denormalised columns.
 */
export async function listPublishedSheets(filters: TSheetFilters = {}) {
  const useCases = await cachedPublicRead("catalogue", () =>
    db.useCase.findMany({
      where: PUBLICLY_VISIBLE,
      orderBy: { publishedAt: "desc" },
      select: {
        slug: true,
        publishedAt: true,
        publishedRevision: { select: { title: true, summary: true, paths: true, content: true, createdAt: true } },
        dataItems: { select: { dataItem: { select: { publicApi: { select: { slug: true, name: true } } } } } },
      },
    }),
  );
  const terms = filters.q ? normalise(filters.q).split(/\s+/).filter(Boolean) : [];
  return useCases.flatMap(({ slug, publishedAt, publishedRevision, dataItems }) => {
    if (!publishedRevision || !publishedAt) return [];
    const content = ZSheetContent.parse(publishedRevision.content);
    const apis = [
      ...new Map(
        dataItems.flatMap(({ dataItem }) =>
          dataItem.publicApi ? [[dataItem.publicApi.slug, dataItem.publicApi]] : [],
        ),
      ).values(),
    ];
    if (filters.parcours && !publishedRevision.paths.includes(filters.parcours)) return [];
    if (filters.acteur && !content.actorTypes.includes(filters.acteur)) return [];
    if (filters.api && !apis.some((api) => api.slug === filters.api)) return [];
    if (terms.length) {
      const haystack = normalise(
        [publishedRevision.title, publishedRevision.summary, content.problem, content.ambition, content.context].join(
          " ",
        ),
      );
      if (!terms.every((term) => haystack.includes(term))) return [];
    }
    return [
      {
        slug,
        publishedAt,
        updatedAt: publishedRevision.createdAt,
        title: publishedRevision.title,
        summary: publishedRevision.summary,
        paths: publishedRevision.paths,
        actorTypes: content.actorTypes,
        apis,
      },
    ];
  });
}
