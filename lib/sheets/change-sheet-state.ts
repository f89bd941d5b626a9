import { z } from "zod";
import { db } from "@/lib/db/client.ts";
import type { TActor } from "@/lib/auth/actor.ts";
import { recordAuditEvent } from "@/lib/audit/record-audit-event.ts";
import { ExpectedError, forbidden } from "@/lib/errors.ts";
import { ReviewDecision } from "@/lib/db/enums.ts";
import { notifyUsers } from "@/lib/notifications/notify-users.ts";
import { ZSheetContent } from "./sheet-content.ts";
import { loadSheetFacts } from "./load-sheet-facts.ts";
import { sheetCapabilities } from "./sheet-permissions.ts";
import { invalidatePublicReads } from "./public-read-cache.ts";

export const ZSheetTransitionInput = z.object({
  useCaseId: z.string().min(1).max(64),
  // The revision the actor saw: a transition on a sheet that changed meanwhile is refused.
  revisionId: z.string().min(1).max(64),
});
export type TSheetTransitionInput = z.infer<typeof ZSheetTransitionInput>;

export const ZReviewSheetInput = ZSheetTransitionInput.extend({
  decision: z.enum(ReviewDecision, { message: "Décision inconnue." }),
  comment: z.string().trim().max(2_000, "Le commentaire dépasse 2 000 caractères.").optional(),
}).refine((input) => input.decision === "APPROVE" || (input.comment?.length ?? 0) >= 5, {
  message: "Expliquez en quelques mots les modifications demandées.",
  path: ["comment"],
});

const unauthenticated = () => new ExpectedError("UNAUTHENTICATED", "Connectez-vous pour effectuer cette action.");
const staleHead = () =>
  new ExpectedError("CONFLICT", "La fiche a été modifiée entre-temps : rechargez la page pour voir la dernière version.");

async function loadForTransition(tx: Parameters<Parameters<typeof db.$transaction>[0]>[0], actor: TActor, input: TSheetTransitionInput) {
  const loaded = await loadSheetFacts(tx, input.useCaseId);
  if (loaded.head.id !== input.revisionId) throw staleHead();
  return { ...loaded, can: sheetCapabilities(actor, loaded.facts) };
}

export async function requestReview({ actor, input }: { actor: TActor | null; input: TSheetTransitionInput }) {
  if (!actor) throw unauthenticated();
  return db.$transaction(async (tx) => {
    const { useCase, head, can } = await loadForTransition(tx, actor, input);
    if (!can.requestReview) throw forbidden();
    await tx.useCase.update({ where: { id: useCase.id }, data: { state: "IN_REVIEW" } });
    await recordAuditEvent(tx, { actor, action: "use-case.request-review", targetType: "use-case", targetId: useCase.id, data: { revision: head.number } });
    const others = await tx.user.findMany({ where: { deactivatedAt: null, id: { not: actor.id } }, select: { id: true } });
    const notified = await notifyUsers(tx, others.map((user) => user.id), {
      title: `Relecture demandée : ${head.title}`,
      body: `${actor.name ?? actor.email} demande une relecture de la fiche « ${head.title} » (version ${head.number}).`,
      link: `/fiches/${useCase.slug}`,
    });
    return { slug: useCase.slug, notified };
  });
}

export async function reviewSheet({ actor, input }: { actor: TActor | null; input: z.infer<typeof ZReviewSheetInput> }) {
  if (!actor) throw unauthenticated();
  return db.$transaction(async (tx) => {
    const { useCase, head, facts, can } = await loadForTransition(tx, actor, input);
    if (!can.review) throw forbidden();
    await tx.sheetReview.create({
      data: { useCaseId: useCase.id, revisionId: head.id, reviewerId: actor.id, decision: input.decision, comment: input.comment || null },
    });
    if (input.decision === "REQUEST_CHANGES") await tx.useCase.update({ where: { id: useCase.id }, data: { state: "DRAFT" } });
    await recordAuditEvent(tx, { actor, action: input.decision === "APPROVE" ? "use-case.review.approve" : "use-case.review.request_changes", targetType: "use-case", targetId: useCase.id, data: { revision: head.number } });
    const verb = input.decision === "APPROVE" ? "approuve" : "demande des modifications sur";
    const notified = await notifyUsers(tx, facts.authorIds.filter((id) => id !== actor.id), {
      title: `${input.decision === "APPROVE" ? "Approbation" : "Modifications demandées"} : ${head.title}`,
      body: `${actor.name ?? actor.email} ${verb} la fiche « ${head.title} »${input.comment ? ` : ${input.comment}` : "."}`,
      link: `/fiches/${useCase.slug}`,
    });
    return { slug: useCase.slug, notified };
  });
}

/** Publishes the head revision: the public page switches to it, and the catalogue links follow it. */
export async function publishSheet({ actor, input }: { actor: TActor | null; input: TSheetTransitionInput }) {
  if (!actor) throw unauthenticated();
  return afterCommit(db.$transaction(async (tx) => {
    const { useCase, head, facts, can } = await loadForTransition(tx, actor, input);
    if (!can.publish) {
      throw new ExpectedError("FORBIDDEN", "La publication demande un administrateur ou deux approbations de membres sur la dernière version.");
    }
    const revision = await tx.useCaseRevision.findUniqueOrThrow({ where: { id: head.id } });
    const content = ZSheetContent.parse(revision.content);
    const [irritants, dataItems] = await Promise.all([
      tx.irritant.findMany({ where: { slug: { in: content.irritants } }, select: { id: true } }),
      tx.dataItem.findMany({ where: { slug: { in: content.dataItems } }, select: { id: true } }),
    ]);
    await tx.useCaseIrritant.deleteMany({ where: { useCaseId: useCase.id } });
    await tx.useCaseDataItem.deleteMany({ where: { useCaseId: useCase.id } });
    await tx.useCaseIrritant.createMany({ data: irritants.map(({ id }) => ({ useCaseId: useCase.id, irritantId: id })) });
    await tx.useCaseDataItem.createMany({ data: dataItems.map(({ id }) => ({ useCaseId: useCase.id, dataItemId: id })) });
    await tx.useCase.update({
      where: { id: useCase.id },
      data: { state: "PUBLISHED", publishedRevisionId: head.id, publishedAt: new Date() },
    });
    await recordAuditEvent(tx, { actor, action: "use-case.publish", targetType: "use-case", targetId: useCase.id, data: { revision: head.number } });
    const notified = await notifyUsers(tx, facts.authorIds.filter((id) => id !== actor.id), {
      title: `Fiche publiée : ${head.title}`,
      body: `La version ${head.number} de « ${head.title} » est publiée.`,
      link: `/cas-usage/${useCase.slug}`,
    });
    return { slug: useCase.slug, notified };
  }));
}

export const ZArchiveSheetInput = z.object({ useCaseId: z.string().min(1).max(64), archived: z.boolean() });

/**
 * Admins archive a sheet (it leaves every public route) or bring it back. Back
 * means a draft on its latest revision and no published revision: the version
 * published before the archive is not republished silently — the sheet becomes
 * public again only through a new publication, which names its version.
 */
export async function archiveSheet({ actor, input }: { actor: TActor | null; input: z.infer<typeof ZArchiveSheetInput> }) {
  if (!actor) throw unauthenticated();
  return afterCommit(db.$transaction(async (tx) => {
    const { useCase, head, facts } = await loadSheetFacts(tx, input.useCaseId);
    const can = sheetCapabilities(actor, facts);
    if (input.archived ? !can.archive : !can.unarchive) throw forbidden();
    await tx.useCase.update({
      where: { id: useCase.id },
      data: input.archived ? { state: "ARCHIVED" } : { state: "DRAFT", publishedRevisionId: null, publishedAt: null },
    });
    await recordAuditEvent(tx, {
      actor,
      targetType: "use-case",
      targetId: useCase.id,
      ...(input.archived ? { action: "use-case.archive" } : { action: "use-case.unarchive", data: { revision: head.number, unpublished: true } }),
    });
    return {
      slug: useCase.slug,
      message: input.archived
        ? "Fiche archivée : elle a quitté le site public."
        : `Fiche désarchivée : brouillon sur la version ${head.number}, non publiée. Demandez une relecture pour la publier à nouveau.`,
    };
  }));
}

/** Public reads change once the transaction has committed. */
async function afterCommit<T>(committed: Promise<T>): Promise<T> {
  const result = await committed;
  await invalidatePublicReads();
  return result;
}
