import { db } from "@/lib/db/client.ts";
import { isSlug } from "@/lib/slugify.ts";
import type { TActor } from "@/lib/auth/actor.ts";
import { ZSheetContent } from "./sheet-content.ts";
import { loadSheetFacts } from "./load-sheet-facts.ts";
import { sheetCapabilities } from "./sheet-permissions.ts";

/**
 * Members: a sheet's latest revision, its workflow, reviews and feedback, with what the actor may do. Null if unknown.
 */
export async function getSheetWorkspace({ actor, slug }: { actor: TActor; slug: string }) {
  if (!isSlug(slug)) return null;
  const found = await db.useCase.findUnique({ where: { slug }, select: { id: true } });
  if (!found) return null;
  const { useCase, facts } = await loadSheetFacts(db, found.id);
  const [head, reviews, feedback, irritants, dataItems, published] = await Promise.all([
    db.useCaseRevision.findFirstOrThrow({
      where: { useCaseId: useCase.id },
      orderBy: { number: "desc" },
      select: {
        id: true,
        number: true,
        title: true,
        summary: true,
        content: true,
        createdAt: true,
        message: true,
        author: { select: { name: true, email: true } },
      },
    }),
    db.sheetReview.findMany({
      where: { useCaseId: useCase.id },
      orderBy: { createdAt: "desc" },
      select: {
        id: true,
        decision: true,
        comment: true,
        createdAt: true,
        reviewer: { select: { name: true, email: true } },
        revision: { select: { number: true } },
      },
    }),
    db.feedback.findMany({
      where: { useCaseId: useCase.id },
      orderBy: { createdAt: "desc" },
      select: {
        id: true,
        section: true,
        message: true,
        authorName: true,
        authorEmail: true,
        status: true,
        createdAt: true,
      },
    }),
    db.irritant.findMany({ orderBy: { title: "asc" }, select: { slug: true, title: true } }),
    db.dataItem.findMany({ orderBy: { name: "asc" }, select: { slug: true, name: true } }),
    useCase.publishedRevisionId
      ? db.useCaseRevision.findUnique({ where: { id: useCase.publishedRevisionId }, select: { number: true } })
      : null,
  ]);
  return {
    id: useCase.id,
    slug: useCase.slug,
    state: useCase.state,
    publishedNumber: published?.number ?? null,
    head: { ...head, content: ZSheetContent.parse(head.content) },
    reviews,
    feedback,
    catalogue: { irritants, dataItems },
    can: sheetCapabilities(actor, facts),
  };
}
export type TSheetWorkspace = NonNullable<Awaited<ReturnType<typeof getSheetWorkspace>>>;
