import type { Db } from "@/lib/db/create-client.ts";
import type { TActor } from "@/lib/auth/actor.ts";
import { ExpectedError, notFound } from "@/lib/errors.ts";

/**
 * Why an author's edit or deletion changed no row. Only called after the
 * guarded UPDATE refused: it words the refusal, it never grants anything.
 */
export async function explainRefusedChange(
  tx: Pick<Db, "comment">,
  { commentId, actor, body }: { commentId: string; actor: TActor; body?: string },
): Promise<ExpectedError> {
  const comment = await tx.comment.findUnique({
    where: { id: commentId },
    select: { authorId: true, deletedAt: true, hiddenAt: true, body: true },
  });
  if (!comment) return notFound("Commentaire");
  if (comment.authorId !== actor.id)
    return new ExpectedError("FORBIDDEN", "Seul l'auteur d'un commentaire peut le modifier ou le supprimer.");
  if (comment.deletedAt)
    return new ExpectedError("CONFLICT", "Ce commentaire a été supprimé : il ne peut plus être modifié.");
  if (comment.hiddenAt)
    return new ExpectedError(
      "CONFLICT",
      "Ce commentaire a été masqué par la modération : il ne peut plus être modifié.",
    );
  if (body !== undefined && comment.body === body)
    return new ExpectedError("INVALID_INPUT", "Le commentaire est inchangé : rien n'a été enregistré.");
  return new ExpectedError("CONFLICT", "Ce commentaire a changé entre-temps : rechargez la page.");
}
