import { z } from "zod";
import { VoteMethod } from "@/lib/db/enums.ts";
import { db } from "@/lib/db/client.ts";
import type { TActor } from "@/lib/auth/actor.ts";
import { assertAdmin } from "@/lib/auth/guards.ts";
import { recordAuditEvent } from "@/lib/audit/record-audit-event.ts";
import { ExpectedError } from "@/lib/errors.ts";
import { emailNotifications } from "@/lib/notifications/email-notifications.ts";
import { publishLiveEvent } from "@/lib/live/live-events.ts";
import { notifyRoundOpened } from "./round-notifications.ts";
import { FAIRNESS_MODES, ZTypeWeights } from "./fairness.ts";

const ZDate = z.coerce.date({ message: "Date invalide." });

export const ZCreateRoundInput = z
  .object({
    title: z
      .string()
      .trim()
      .min(5, "Le titre doit faire au moins 5 caractères.")
      .max(120, "Le titre ne doit pas dépasser 120 caractères."),
    question: z
      .string()
      .trim()
      .min(10, "La question doit faire au moins 10 caractères.")
      .max(500, "La question ne doit pas dépasser 500 caractères."),
    method: z.enum(VoteMethod, { message: "Choisissez une méthode de vote." }),
    pointsBudget: z
      .number()
      .int()
      .min(1, "Le budget doit être d'au moins 1 point.")
      .max(100, "Le budget ne peut pas dépasser 100 points.")
      .nullable(),
    maxPointsPerItem: z.number().int().min(1, "Le maximum par carte doit être d'au moins 1 point.").max(100).nullable(),
    opensAt: ZDate,
    closesAt: ZDate,
    hideResultsUntilClose: z.boolean(),
    /** How ballots become voices (fairness.ts); one voice per member when absent. */
    fairness: z.enum(FAIRNESS_MODES, { message: "Choisissez une règle de décompte des voix." }).optional(),
    /** WEIGHTED_BY_TYPE only: an integer weight per organisation type. */
    typeWeights: ZTypeWeights.nullable().optional(),
    cardIds: z
      .array(z.string().min(1).max(64))
      .min(2, "Choisissez au moins deux cartes à départager.")
      .max(200, "Un scrutin porte sur 200 cartes au plus."),
  })
  .superRefine((input, context) => {
    if (input.fairness === "WEIGHTED_BY_TYPE" && !input.typeWeights)
      context.addIssue({
        code: "custom",
        path: ["typeWeights"],
        message: "Indiquez le poids de chaque type d'organisation.",
      });
    if (input.closesAt <= input.opensAt)
      context.addIssue({
        code: "custom",
        path: ["closesAt"],
        message: "La clôture doit être postérieure à l'ouverture.",
      });
    if (input.method === "DOT_VOTING") {
      if (input.pointsBudget == null)
        context.addIssue({
          code: "custom",
          path: ["pointsBudget"],
          message: "Indiquez le budget de points de chaque membre.",
        });
      if (input.maxPointsPerItem == null)
        context.addIssue({
          code: "custom",
          path: ["maxPointsPerItem"],
          message: "Indiquez le maximum de points par carte.",
        });
      else if (input.pointsBudget != null && input.maxPointsPerItem > input.pointsBudget) {
        context.addIssue({
          code: "custom",
          path: ["maxPointsPerItem"],
          message: "Le maximum par carte ne peut pas dépasser le budget.",
        });
      }
    }
  });
export type TCreateRoundInput = z.infer<typeof ZCreateRoundInput>;

/**
 * Admins open a prioritisation round on a set of cards; members are told when it opens.
 * `revealRequired`: a round opened from a live workshop, whose results wait for the facilitator's reveal.
 */
export async function createRound({
  actor,
  input,
  revealRequired = false,
}: {
  actor: TActor;
  input: TCreateRoundInput;
  revealRequired?: boolean;
}) {
  const admin = assertAdmin(actor);
  const cardIds = [...new Set(input.cardIds)];
  const { round, notified } = await db.$transaction(async (tx) => {
    if ((await tx.boardCard.count({ where: { id: { in: cardIds } } })) !== cardIds.length) {
      throw new ExpectedError("NOT_FOUND", "Une des cartes choisies n'existe plus : actualisez la page.");
    }
    const dots = input.method === "DOT_VOTING";
    const fairness = input.fairness ?? "PER_MEMBER";
    const round = await tx.voteRound.create({
      data: {
        title: input.title,
        question: input.question,
        method: input.method,
        pointsBudget: dots ? input.pointsBudget : null,
        maxPointsPerItem: dots ? input.maxPointsPerItem : null,
        opensAt: input.opensAt,
        closesAt: input.closesAt,
        hideResultsUntilClose: input.hideResultsUntilClose,
        fairness,
        typeWeights: fairness === "WEIGHTED_BY_TYPE" ? (input.typeWeights ?? undefined) : undefined,
        createdById: admin.id,
        revealRequired,
        items: { create: cardIds.map((cardId) => ({ cardId })) },
      },
    });
    await recordAuditEvent(tx, {
      actor: admin,
      action: "round.create",
      targetType: "vote-round",
      targetId: round.id,
      data: { title: round.title, method: round.method, fairness: round.fairness, cards: cardIds.length },
    });
    const notified = round.opensAt <= new Date() ? await notifyRoundOpened(tx, round) : [];
    return { round, notified };
  });
  await emailNotifications(notified);
  await publishLiveEvent({ type: "round.changed", roundId: round.id });
  return round;
}
