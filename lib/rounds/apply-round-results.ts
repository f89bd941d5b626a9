import { z } from "zod";
import { db } from "@/lib/db/client.ts";
import type { TActor } from "@/lib/auth/actor.ts";
import { assertAdmin } from "@/lib/auth/guards.ts";
import { recordAuditEvent } from "@/lib/audit/record-audit-event.ts";
import { ExpectedError } from "@/lib/errors.ts";
import { publishLiveEvent } from "@/lib/live/live-events.ts";
import { placeCard } from "@/lib/board/move-card.ts";
import { loadRoundResults } from "./load-round-results.ts";
import { roundStatus } from "./round-status.ts";
import invariant from "tiny-invariant";

export const PRIORITISED_COLUMN_KEY = "priorise";

export const ZApplyRoundResultsInput = z.object({
  roundId: z.string().min(1).max(64),
  count: z
    .number({ message: "Indiquez le nombre de cartes à prioriser." })
    .int()
    .min(1, "Priorisez au moins une carte.")
    .max(200),
});

/**
 * Admins move the round's winners, in ranked order, to the top of « Priorisé ».
 * Cards nobody supported are never moved. All or nothing: if the column's WIP
 * limit cannot take them, nothing moves.
 */
export async function applyRoundResults({
  actor,
  input,
}: {
  actor: TActor;
  input: z.infer<typeof ZApplyRoundResultsInput>;
}) {
  const admin = assertAdmin(actor);
  const round = await db.voteRound.findUnique({
    where: { id: input.roundId },
    select: { id: true, title: true, opensAt: true, closesAt: true, closedAt: true },
  });
  if (!round) throw new ExpectedError("NOT_FOUND", "Scrutin introuvable.");
  if (roundStatus(round) !== "CLOSED")
    throw new ExpectedError("CONFLICT", "Les résultats ne peuvent être appliqués qu'une fois le scrutin clos.");
  const results = await loadRoundResults(round.id);
  invariant(results, "le scrutin vient d'être lu");
  const supported =
    results.method === "DOT_VOTING"
      ? results.ranking.filter((entry) => entry.points > 0)
      : results.ranking.filter((entry) => entry.majorityGrade !== "PAS_NECESSAIRE");
  const winners = supported.slice(0, input.count);
  if (winners.length === 0)
    throw new ExpectedError("CONFLICT", "Aucune carte n'a reçu de soutien dans ce scrutin : rien à prioriser.");

  const moved = await db.$transaction(async (tx) => {
    const column = await tx.boardColumn.findUnique({ where: { key: PRIORITISED_COLUMN_KEY }, select: { id: true } });
    if (!column)
      throw new ExpectedError(
        "NOT_FOUND",
        "La colonne « Priorisé » n'existe plus : recréez-la dans la configuration du tableau.",
      );
    const versions = new Map(
      (
        await tx.boardCard.findMany({
          where: { id: { in: winners.map((entry) => entry.cardId) } },
          select: { id: true, version: true },
        })
      ).map((card) => [card.id, card.version]),
    );
    const placed = [];
    for (const [index, winner] of winners.entries()) {
      const expectedVersion = versions.get(winner.cardId);
      if (expectedVersion === undefined) continue;
      placed.push(
        await placeCard(tx, {
          actor: admin,
          input: { cardId: winner.cardId, toColumnId: column.id, toIndex: index, expectedVersion },
          roundTitle: round.title,
        }),
      );
    }
    await tx.voteRound.update({ where: { id: round.id }, data: { resultsAppliedAt: new Date() } });
    await recordAuditEvent(tx, {
      actor: admin,
      action: "round.apply-results",
      targetType: "vote-round",
      targetId: round.id,
      data: { cards: placed.map((entry) => entry.cardId) },
    });
    return placed;
  });
  await publishLiveEvent({ type: "board.changed" });
  await publishLiveEvent({ type: "round.changed", roundId: round.id }, "public");
  return { moved: moved.length };
}
