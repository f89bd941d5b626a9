import { z } from "zod";
import { db } from "@/lib/db/client.ts";
import type { TActor } from "@/lib/auth/actor.ts";
import { requireMember } from "@/lib/auth/require-admin.ts";
import { recordAuditEvent } from "@/lib/audit/record-audit-event.ts";
import { ExpectedError, notFound } from "@/lib/errors.ts";
import { notifyUsers } from "@/lib/notifications/notify-users.ts";
import { ZEntryId, requiredText } from "./catalogue-input.ts";
import { mentionedMembers } from "./mentions.ts";

export const ZAddIrritantCommentInput = z.object({
  irritantId: ZEntryId,
  /** Markdown; « @Prénom Nom » mentions a member, who is notified. */
  body: requiredText("Le commentaire", 2, 5000),
});
export type TAddIrritantCommentInput = z.infer<typeof ZAddIrritantCommentInput>;

/** Members comment on an irritant; the members it mentions are notified (in the app, and by e-mail through the caller). */
export async function addIrritantComment({ actor, input }: { actor: TActor | null; input: TAddIrritantCommentInput }) {
  const member = requireMember(actor);
  return db.$transaction(async (tx) => {
    const irritant = await tx.irritant.findUnique({ where: { id: input.irritantId }, select: { id: true, slug: true, title: true, retiredAt: true } });
    if (!irritant) throw notFound("Irritant");
    if (irritant.retiredAt) throw new ExpectedError("CONFLICT", "Cet irritant est retiré du catalogue : la discussion est close.");
    const comment = await tx.irritantComment.create({ data: { irritantId: irritant.id, authorId: member.id, body: input.body }, select: { id: true } });
    const members = await tx.user.findMany({ where: { deactivatedAt: null, id: { not: member.id }, name: { not: null } }, select: { id: true, name: true } });
    const mentioned = mentionedMembers(input.body, members);
    const notified = await notifyUsers(tx, mentioned.map((entry) => entry.id), {
      title: `${member.name ?? "Un membre"} vous mentionne : ${irritant.title}`,
      body: input.body.slice(0, 280),
      link: `/irritants/${irritant.slug}#commentaire-${comment.id}`,
    });
    await recordAuditEvent(tx, { actor: member, action: "irritant.comment", targetType: "irritant", targetId: irritant.id, data: { commentId: comment.id, mentioned: mentioned.map((entry) => entry.id) } });
    return { commentId: comment.id, slug: irritant.slug, notified };
  });
}
