import { isSlug } from "@/lib/slugify.ts";
import { db } from "@/lib/db/client.ts";
import { perRequest } from "@/lib/http/per-request.ts";
import { ZSheetContent } from "./sheet-content.ts";
import { PUBLICLY_VISIBLE } from "./public-visibility.ts";
import { cachedPublicRead } from "./public-read-cache.ts";

/**
 * Public: the last published revision of a sheet, its catalogue links and its approved feedback. Null when not public.
 */
export const getPublishedSheet = perRequest(
  async function getPublishedSheet({ slug }: { slug: string }) {
    if (!isSlug(slug)) return null;
    return cachedPublicRead(`sheet:${slug}`, () => loadPublishedSheet(slug));
  },
  ({ slug }) => slug,
);

async function loadPublishedSheet(slug: string) {
  const useCase = await db.useCase.findFirst({
    where: { slug, ...PUBLICLY_VISIBLE },
    select: {
      id: true,
      slug: true,
      publishedAt: true,
      publishedRevision: {
        select: { number: true, title: true, summary: true, content: true, paths: true, createdAt: true },
      },
      irritants: {
        select: { irritant: { select: { slug: true, title: true, category: true } } },
        orderBy: { irritant: { title: "asc" } },
      },
      dataItems: {
        orderBy: { dataItem: { name: "asc" } },
        select: {
          dataItem: {
            select: {
              slug: true,
              name: true,
              availability: true,
              endpoint: true,
              publicApi: { select: { slug: true, name: true, hypothetical: true } },
            },
          },
        },
      },
      feedback: {
        where: { status: "APPROVED" },
        orderBy: { createdAt: "asc" },
        select: { id: true, section: true, message: true, authorName: true, createdAt: true },
      },
    },
  });
  if (!useCase?.publishedRevision || !useCase.publishedAt) return null;
  const revision = useCase.publishedRevision;
  return {
    slug: useCase.slug,
    revision: revision.number,
    title: revision.title,
    summary: revision.summary,
    paths: revision.paths,
    content: ZSheetContent.parse(revision.content),
    publishedAt: useCase.publishedAt,
    updatedAt: revision.createdAt,
    irritants: useCase.irritants.map(({ irritant }) => irritant),
    dataItems: useCase.dataItems.map(({ dataItem }) => dataItem),
    feedback: useCase.feedback,
  };
}
export type TPublishedSheet = NonNullable<Awaited<ReturnType<typeof getPublishedSheet>>>;
