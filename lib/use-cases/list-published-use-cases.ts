import { db } from "@/lib/db/client.ts";

/** Public: published sheets, through their last published revision only. */
export async function listPublishedUseCases() {
  const useCases = await db.useCase.findMany({
    where: { state: "PUBLISHED", publishedRevisionId: { not: null } },
    orderBy: { publishedAt: "desc" },
    select: {
      slug: true,
      publishedAt: true,
      publishedRevision: { select: { title: true, summary: true, paths: true, createdAt: true } },
    },
  });
  return useCases.flatMap(({ slug, publishedAt, publishedRevision }) =>
    publishedRevision ? [{ slug, publishedAt, ...publishedRevision }] : [],
  );
}
