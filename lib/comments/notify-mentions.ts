import type { Db } from "@/lib/db/create-client.ts";
import type { TActor } from "@/lib/auth/actor.ts";
import { notifyUsers, type TNotified } from "@/lib/notifications/notify-users.ts";
import { mentionedMembers, newlyMentionedMembers } from "./mentions.ts";
import type { TCommentTargetInfo } from "./find-comment-target.ts";

type Tx = Pick<Db, "notification" | "user">;

/**
 * Notifies, in the caller's transaction, the active members a comment
 * mentions (never its author); with `previousBody`, only those the edit
 * mentions for the first time. Returns who should also get an e-mail.
 */
export async function notifyMentions(
  tx: Tx,
  {
    author,
    target,
    commentId,
    body,
    previousBody,
  }: { author: TActor; target: TCommentTargetInfo; commentId: string; body: string; previousBody?: string },
): Promise<{ mentioned: string[]; notified: TNotified[] }> {
  const members = await tx.user.findMany({
    where: { deactivatedAt: null, id: { not: author.id }, name: { not: null } },
    select: { id: true, name: true },
  });
  const mentioned =
    previousBody === undefined ? mentionedMembers(body, members) : newlyMentionedMembers(previousBody, body, members);
  const notified = await notifyUsers(
    tx,
    mentioned.map((member) => member.id),
    {
      title: `${author.name ?? "Un membre"} vous mentionne : ${target.title}`,
      body: body.slice(0, 280),
      link: `${target.path}#commentaire-${commentId}`,
    },
  );
  return { mentioned: mentioned.map((member) => member.id), notified };
}
