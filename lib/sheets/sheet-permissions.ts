import type { TActor } from "@/lib/auth/actor.ts";
import type { ReviewDecision, SheetState } from "@/lib/db/enums.ts";

export type TSheetState = SheetState;

export const STATE_LABELS: Record<TSheetState, string> = {
  DRAFT: "Brouillon",
  IN_REVIEW: "En relecture",
  PUBLISHED: "Publié",
  ARCHIVED: "Archivé",
};

export const APPROVALS_TO_PUBLISH = 2;

export type TSheetFacts = {
  state: TSheetState;
  /** Creator of the sheet and authors of its revisions. */
  authorIds: string[];
  headAuthorId: string | null;
  /** Reviews of the head revision. */
  headReviews: { reviewerId: string; decision: ReviewDecision }[];
};

/**
 * What an actor may do on a sheet. The single table the domain functions, the
 * pages and the authorisation tests all read.
 */
export function sheetCapabilities(actor: TActor | null, sheet: TSheetFacts) {
  const member = actor !== null;
  const admin = actor?.role === "ADMIN";
  const isAuthor = member && sheet.authorIds.includes(actor.id);
  const approvals = sheet.headReviews.filter((review) => review.decision === "APPROVE").length;
  const hasReviewedHead = member && sheet.headReviews.some((review) => review.reviewerId === actor.id);
  return {
    edit: member && sheet.state !== "ARCHIVED",
    requestReview: (isAuthor || admin) && sheet.state === "DRAFT",
    review: member && sheet.state === "IN_REVIEW" && sheet.headAuthorId !== actor.id && !hasReviewedHead,
    publish: sheet.state === "IN_REVIEW" && (admin || (member && approvals >= APPROVALS_TO_PUBLISH)),
    archive: admin && sheet.state !== "ARCHIVED",
    unarchive: admin && sheet.state === "ARCHIVED",
    moderateFeedback: admin,
    seeFeedback: member,
    approvals,
  };
}
