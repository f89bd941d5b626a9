import type { Db } from "@/lib/db/create-client.ts";
import { ExpectedError } from "@/lib/errors.ts";
import type { TSheetFacts } from "./sheet-permissions.ts";

type Tx = Pick<Db, "useCase" | "useCaseRevision" | "sheetReview">;

/** The facts the permission table needs, read inside the caller's transaction. */
export async function loadSheetFacts(tx: Tx, useCaseId: string) {
  const useCase = await tx.useCase.findUnique({
    where: { id: useCaseId },
    select: { id: true, slug: true, state: true, createdById: true, publishedRevisionId: true },
  });
  if (!useCase) throw new ExpectedError("NOT_FOUND", "Fiche introuvable.");
  const revisions = await tx.useCaseRevision.findMany({
    where: { useCaseId },
    orderBy: { number: "desc" },
    select: { id: true, number: true, authorId: true, title: true },
  });
  const head = revisions[0];
  const headReviews = await tx.sheetReview.findMany({
    where: { revisionId: head.id },
    select: { reviewerId: true, decision: true },
  });
  const authorIds = [
    ...new Set(
      [useCase.createdById, ...revisions.map((revision) => revision.authorId)].filter((id): id is string =>
        Boolean(id),
      ),
    ),
  ];
  const facts: TSheetFacts = { state: useCase.state, authorIds, headAuthorId: head.authorId, headReviews };
  return { useCase, head, facts };
}
