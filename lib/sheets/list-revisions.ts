import { db } from "@/lib/db/client.ts";
import { isSlug } from "@/lib/slugify.ts";
import type { TActor } from "@/lib/auth/actor.ts";
import { ZSheetContent } from "./sheet-content.ts";
import { diffRevisions } from "./diff-revisions.ts";

/** Members: the history of a sheet, newest first. Null if unknown. */
export async function listRevisions({ actor, slug }: { actor: TActor; slug: string }) {
  void actor;
  if (!isSlug(slug)) return null;
  const useCase = await db.useCase.findUnique({
    where: { slug },
    select: {
      id: true,
      slug: true,
      publishedRevisionId: true,
      revisions: {
        orderBy: { number: "desc" },
        select: {
          id: true,
          number: true,
          title: true,
          message: true,
          createdAt: true,
          author: { select: { name: true, email: true } },
        },
      },
    },
  });
  return useCase;
}

/** Members: a word-level comparison of two revisions of the same sheet. Null if either is unknown. */
export async function compareRevisions({
  actor,
  slug,
  from,
  to,
}: {
  actor: TActor;
  slug: string;
  from: number;
  to: number;
}) {
  void actor;
  if (!isSlug(slug)) return null;
  const revisions = await db.useCaseRevision.findMany({
    where: { useCase: { slug }, number: { in: [from, to] } },
    select: {
      number: true,
      title: true,
      summary: true,
      content: true,
      createdAt: true,
      author: { select: { name: true, email: true } },
    },
  });
  const before = revisions.find((revision) => revision.number === from);
  const after = revisions.find((revision) => revision.number === to);
  if (!before || !after) return null;
  const snapshot = (revision: typeof before) => ({
    title: revision.title,
    summary: revision.summary,
    content: ZSheetContent.parse(revision.content),
  });
  return { before, after, sections: diffRevisions(snapshot(before), snapshot(after)) };
}
