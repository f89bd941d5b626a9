import { z } from "zod";
import { db } from "@/lib/db/client.ts";
import type { TActor } from "@/lib/auth/actor.ts";
import { recordAuditEvent } from "@/lib/audit/record-audit-event.ts";
import { forbidden } from "@/lib/errors.ts";
import { notifyUsers } from "@/lib/notifications/notify-users.ts";
import { ZSheetTransitionInput, loadForTransition } from "./sheet-transition.ts";
import { ReviewDecision } from "@/lib/db/enums.ts";

export const ZReviewSheetInput = ZSheetTransitionInput.extend({
  decision: z.enum(ReviewDecision, { message: "Décision inconnue." }),
  comment: z.string().trim().max(2_000, "Le commentaire dépasse 2 000 caractères.").optional(),
}).refine((input) => input.decision === "APPROVE" || (input.comment?.length ?? 0) >= 5, {
  message: "Expliquez en quelques mots les modifications demandées.",
  path: ["comment"],
});

/** Another member approves the head revision or asks for changes (back to draft). */
export async function reviewSheet({ actor, input }: { actor: TActor; input: z.infer<typeof ZReviewSheetInput> }) {
  return db.$transaction(async (tx) => {
    const { useCase, head, facts, can } = await loadForTransition(tx, actor, input);
    if (!can.review) throw forbidden();
    await tx.sheetReview.create({
      data: {
        useCaseId: useCase.id,
        revisionId: head.id,
        reviewerId: actor.id,
        decision: input.decision,
        comment: input.comment || null,
      },
    });
    if (input.decision === "REQUEST_CHANGES")
      await tx.useCase.update({ where: { id: useCase.id }, data: { state: "DRAFT" } });
    await recordAuditEvent(tx, {
      actor,
      action: input.decision === "APPROVE" ? "use-case.review.approve" : "use-case.review.request_changes",
      targetType: "use-case",
      targetId: useCase.id,
      data: { revision: head.number },
    });
    const verb = input.decision === "APPROVE" ? "approuve" : "demande des modifications sur";
    const notified = await notifyUsers(
      tx,
      facts.authorIds.filter((id) => id !== actor.id),
      {
        title: `${input.decision === "APPROVE" ? "Approbation" : "Modifications demandées"} : ${head.title}`,
        body: `${actor.name ?? actor.email} ${verb} la fiche « ${head.title} »${input.comment ? ` : ${input.comment}` : "."}`,
        link: `/fiches/${useCase.slug}`,
      },
    );
    return { slug: useCase.slug, notified };
  });
}
