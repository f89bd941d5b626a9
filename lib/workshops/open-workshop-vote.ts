import { z } from "zod";
import { VoteMethod } from "@/lib/db/enums.ts";
import { db } from "@/lib/db/client.ts";
import type { TActor } from "@/lib/auth/actor.ts";
import { assertAdmin } from "@/lib/auth/guards.ts";
import { recordAuditEvent } from "@/lib/audit/record-audit-event.ts";
import { ExpectedError, notFound } from "@/lib/errors.ts";
import { createRound, ZCreateRoundInput } from "@/lib/rounds/create-round.ts";
import { publishWorkshopChange } from "./publish-workshop-change.ts";
import { DEFAULT_STEP_MINUTES } from "./workshop-steps.ts";

export const ZOpenWorkshopVoteInput = z.object({
  workshopId: z.string().min(1).max(64),
  method: z.enum(VoteMethod, { message: "Choisissez une méthode de vote." }),
  question: z
    .string()
    .trim()
    .min(10, "La question doit faire au moins 10 caractères.")
    .max(500, "La question ne doit pas dépasser 500 caractères."),
  pointsBudget: z.number().int().min(1).max(100).nullable(),
  maxPointsPerItem: z.number().int().min(1).max(100).nullable(),
  cardIds: z.array(z.string().min(1).max(64)).min(2, "Choisissez au moins deux cartes à départager.").max(200),
});
export type TOpenWorkshopVoteInput = z.infer<typeof ZOpenWorkshopVoteInput>;

/**
 * The vote step: a round created by the rounds' own creation (notifications, audit, ballot rules),
 * open now and closing when the vote step's time is up; its results wait for the facilitator's reveal.
 */
export async function openWorkshopVote({ actor, input }: { actor: TActor; input: TOpenWorkshopVoteInput }) {
  const admin = assertAdmin(actor);
  const workshop = await db.workshop.findUnique({
    where: { id: input.workshopId },
    select: {
      id: true,
      title: true,
      status: true,
      roundId: true,
      currentStep: true,
      steps: { orderBy: { position: "asc" }, select: { kind: true, durationSeconds: true } },
    },
  });
  if (!workshop) throw notFound("Atelier");
  if (workshop.status !== "OPEN") throw new ExpectedError("CONFLICT", "Cet atelier n'est pas en cours.");
  if (workshop.roundId) throw new ExpectedError("CONFLICT", "Le vote de cet atelier est déjà ouvert.");
  const current = workshop.steps[workshop.currentStep];
  const voteStep = current?.kind === "VOTE" ? current : workshop.steps.find((step) => step.kind === "VOTE");
  const seconds = voteStep?.durationSeconds ?? DEFAULT_STEP_MINUTES.VOTE * 60;
  const now = new Date();
  const dots = input.method === "DOT_VOTING";
  const round = await createRound({
    actor: admin,
    revealRequired: true,
    input: ZCreateRoundInput.parse({
      title: `Atelier « ${workshop.title} »`.slice(0, 120),
      question: input.question,
      method: input.method,
      pointsBudget: dots ? input.pointsBudget : null,
      maxPointsPerItem: dots ? input.maxPointsPerItem : null,
      opensAt: now,
      closesAt: new Date(now.getTime() + seconds * 1000),
      hideResultsUntilClose: true,
      cardIds: input.cardIds,
    }),
  });
  await db.$transaction(async (tx) => {
    const { count } = await tx.workshop.updateMany({
      where: { id: workshop.id, roundId: null },
      data: { roundId: round.id },
    });
    if (count === 0) throw new ExpectedError("CONFLICT", "Le vote de cet atelier vient d'être ouvert par ailleurs.");
    await recordAuditEvent(tx, {
      actor: admin,
      action: "workshop.vote-open",
      targetType: "workshop",
      targetId: workshop.id,
      data: { roundId: round.id },
    });
  });
  await publishWorkshopChange(workshop.id);
  return { roundId: round.id };
}
