import { z } from "zod";
import type { TLiveAudience } from "@/lib/live/live-events.ts";

/** What a thread can hang on; the values appear in addresses (/api/comments/<kind>/<id>) and live events. */
export const COMMENT_TARGET_KINDS = ["irritant", "data-item", "board-card", "sheet"] as const;
export type TCommentTargetKind = (typeof COMMENT_TARGET_KINDS)[number];

export const ZCommentTarget = z.object({
  kind: z.enum(COMMENT_TARGET_KINDS, { message: "Type de discussion inconnu." }),
  id: z
    .string({ message: "Discussion introuvable." })
    .min(1, "Discussion introuvable.")
    .max(64, "Discussion introuvable."),
});
export type TCommentTarget = z.infer<typeof ZCommentTarget>;

/** The Comment column that holds each kind of target (exactly one is set: a CHECK constraint says so). */
export const TARGET_COLUMN = {
  irritant: "irritantId",
  "data-item": "dataItemId",
  "board-card": "boardCardId",
  sheet: "useCaseId",
} as const satisfies Record<TCommentTargetKind, string>;

/** The Prisma filter of one thread. */
export const threadWhere = (target: TCommentTarget) => ({ [TARGET_COLUMN[target.kind]]: target.id });

/** The target a stored comment belongs to. */
export function commentTargetOf(row: {
  irritantId: string | null;
  dataItemId: string | null;
  boardCardId: string | null;
  useCaseId: string | null;
}): TCommentTarget {
  if (row.irritantId) return { kind: "irritant", id: row.irritantId };
  if (row.dataItemId) return { kind: "data-item", id: row.dataItemId };
  if (row.boardCardId) return { kind: "board-card", id: row.boardCardId };
  if (row.useCaseId) return { kind: "sheet", id: row.useCaseId };
  // The database's CHECK guarantees exactly one target (docs/adr/0022).
  throw new Error("Commentaire sans cible : la contrainte de la base a été contournée.");
}

/**
 * Who may follow a thread live. Irritants, data items and the board are public
 * pages; sheets are worked on by members only (/fiches), so even the ids of their
 * thread's changes reach signed-in members only.
 */
export const threadAudience = (kind: TCommentTargetKind): TLiveAudience => (kind === "sheet" ? "members" : "public");

/** Longest comment: a few paragraphs, well within the member Markdown bound of 20 000 characters. */
export const COMMENT_MAX_LENGTH = 5_000;

/** A comment's Markdown body; « @Prénom Nom » mentions a member, who is notified. */
export const ZCommentBody = z
  .string({ message: "Le commentaire : texte attendu." })
  .trim()
  .min(2, "Le commentaire : au moins 2 caractères.")
  .max(COMMENT_MAX_LENGTH, `Le commentaire : ${COMMENT_MAX_LENGTH} caractères au plus.`);

export const ZCommentId = z
  .string({ message: "Commentaire introuvable." })
  .min(1, "Commentaire introuvable.")
  .max(64, "Commentaire introuvable.");

/** A moderator's reason for hiding a comment: one or two sentences. */
export const MODERATION_REASON_MAX_LENGTH = 500;
