import { db } from "@/lib/db/client.ts";
import type { TActor } from "@/lib/auth/actor.ts";
import { renderMarkdown } from "@/lib/markdown/render-markdown.ts";
import { threadWhere, type TCommentTarget } from "./comment-target.ts";
import type { TCommentThread, TThreadComment } from "./comment-thread.ts";
import { findCommentTarget } from "./find-comment-target.ts";

/** A thread holds a working group's discussion: its latest few hundred comments are shown. */
export const THREAD_MAX_COMMENTS = 500;

/**
 * One thread as this viewer may see it, oldest first, null when the target
 * does not exist or is not theirs to read (sheets: members only). Deleted
 * comments keep their place without their text; hidden ones show their text
 * and history to admins only, their reason to admins and to their author.
 * Bodies are Markdown, rendered with the members' bounds.
 */
export async function getCommentThread({
  actor,
  target,
}: {
  actor: TActor | null;
  target: TCommentTarget;
}): Promise<TCommentThread | null> {
  const info = await findCommentTarget(db, target);
  if (!info || (info.membersOnly && !actor)) return null;
  const admin = actor?.role === "ADMIN";
  const latest = await db.comment.findMany({
    where: threadWhere(target),
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: THREAD_MAX_COMMENTS,
    select: {
      id: true,
      authorId: true,
      body: true,
      createdAt: true,
      editedAt: true,
      deletedAt: true,
      hiddenAt: true,
      hiddenReason: true,
      author: { select: { name: true } },
      revisions: {
        orderBy: [{ replacedAt: "desc" }, { id: "desc" }],
        select: { body: true, writtenAt: true, replacedAt: true },
      },
    },
  });
  const comments = latest.reverse().map((row): TThreadComment => {
    const mine = actor !== null && row.authorId === actor.id;
    const state = row.deletedAt ? "deleted" : row.hiddenAt ? "hidden" : "visible";
    const readable = state === "visible" || (state === "hidden" && admin);
    return {
      id: row.id,
      authorName: row.author?.name ?? "Membre du groupe",
      mine,
      createdAt: row.createdAt.toISOString(),
      editedAt: row.editedAt?.toISOString() ?? null,
      state,
      body: state === "visible" && mine ? row.body : null,
      html: readable ? renderMarkdown(row.body).html : null,
      hiddenReason: state === "hidden" && (admin || mine) ? row.hiddenReason : null,
      history: readable
        ? row.revisions.map((revision) => ({
            writtenAt: revision.writtenAt.toISOString(),
            replacedAt: revision.replacedAt.toISOString(),
            html: renderMarkdown(revision.body).html,
          }))
        : [],
    };
  });
  return {
    target,
    closedBecause: info.closedBecause,
    viewer: { member: actor !== null, admin, name: actor?.name ?? null },
    comments,
  };
}
