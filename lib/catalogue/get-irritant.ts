import { db } from "@/lib/db/client.ts";
import { isSlug } from "@/lib/slugify.ts";
import { PUBLICLY_VISIBLE } from "@/lib/sheets/public-visibility.ts";
import { perRequest } from "@/lib/http/per-request.ts";

/** Read once per request: the page and its metadata ask for the same entry. */
export const getIrritant = perRequest(loadIrritant, ({ slug }) => slug);

/**
 * Public: one irritant (retired ones too, marked so), the data that would remove it and the published sheets that
 * address it (its discussion: lib/comments).
 */
async function loadIrritant({ slug }: { slug: string }) {
  if (!isSlug(slug)) return null;
  return db.irritant.findUnique({
    where: { slug },
    select: {
      id: true,
      version: true,
      retiredAt: true,
      mergedInto: { select: { slug: true } },
      slug: true,
      title: true,
      description: true,
      category: true,
      paths: true,
      quotes: true,
      source: true,
      updatedAt: true,
      dataItems: {
        select: {
          dataItem: {
            select: {
              slug: true,
              name: true,
              availability: true,
              publicApi: { select: { name: true, hypothetical: true } },
            },
          },
        },
      },
      schemes: { select: { scheme: { select: { slug: true, name: true, retiredAt: true } } } },
      useCases: {
        where: { useCase: PUBLICLY_VISIBLE },
        select: { useCase: { select: { slug: true, publishedRevision: { select: { title: true } } } } },
      },
    },
  });
}
