import { z } from "zod";
import { db } from "@/lib/db/client.ts";
import type { TActor } from "@/lib/auth/actor.ts";
import { assertAdmin } from "@/lib/auth/guards.ts";
import { recordAuditEvent } from "@/lib/audit/record-audit-event.ts";
import { ExpectedError, notFound } from "@/lib/errors.ts";
import { publishLiveEvent } from "@/lib/live/live-events.ts";
import { closedRoundWhere } from "@/lib/rounds/round-status.ts";
import type { Db } from "@/lib/db/create-client.ts";
import { BUSY_TRANSACTION } from "@/lib/db/transaction-options.ts";
import { recordCatalogueChange } from "./catalogue-history.ts";
import { ZEntryId } from "./catalogue-input.ts";

export const ZMergeIrritantsInput = z.object({
  /** The irritant that stays. */
  keptId: ZEntryId,
  /** The duplicate, merged into the kept one; its address then redirects there. */
  duplicateId: z
    .string({ message: "Choisissez le doublon à fusionner." })
    .min(1, "Choisissez le doublon à fusionner.")
    .max(64),
});
export type TMergeIrritantsInput = z.infer<typeof ZMergeIrritantsInput>;
type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

const IRRITANT_SELECT = {
  id: true,
  slug: true,
  title: true,
  retiredAt: true,
  mergedIntoId: true,
  paths: true,
  quotes: true,
  dataItems: { select: { dataItemId: true, dataItem: { select: { slug: true } } } },
  schemes: { select: { schemeId: true, scheme: { select: { slug: true } } } },
  useCases: { select: { useCaseId: true } },
  card: { select: { id: true } },
} as const;

/**
 * Admins merge an irritant reported twice into the one that stays: links
 * (data items, schemes, sheets), quotes and paths, comments (the irritant's and its card's), history, board card and
 * the
 * votes of rounds not yet closed are carried over; the duplicate is retired,
 * never deleted, and its address redirects to the kept one (docs/adr/0019).
 */
export async function mergeIrritants({ actor, input }: { actor: TActor; input: TMergeIrritantsInput }) {
  const admin = assertAdmin(actor);
  if (input.keptId === input.duplicateId)
    throw new ExpectedError("INVALID_INPUT", "Choisissez deux irritants différents.");
  const merged = await db.$transaction(async (tx) => {
    // Both rows locked in a fixed order: two merges of the same pair cannot interleave.
    const ids = [input.keptId, input.duplicateId].sort();
    const locked = await tx.$queryRaw<
      { id: string }[]
    >`SELECT "id" FROM "Irritant" WHERE "id" = ANY(${ids}::text[]) ORDER BY "id" FOR UPDATE`;
    if (locked.length !== 2) throw notFound("Irritant");
    const [kept, duplicate] = await Promise.all([
      tx.irritant.findUniqueOrThrow({ where: { id: input.keptId }, select: IRRITANT_SELECT }),
      tx.irritant.findUniqueOrThrow({ where: { id: input.duplicateId }, select: IRRITANT_SELECT }),
    ]);
    if (kept.retiredAt || kept.mergedIntoId)
      throw new ExpectedError(
        "CONFLICT",
        "L'irritant à garder est retiré ou déjà fusionné : rétablissez-le ou choisissez-en un autre.",
      );
    if (duplicate.mergedIntoId) throw new ExpectedError("CONFLICT", "Ce doublon a déjà été fusionné.");

    // Links: the union of both, the kept one's first.
    const newDataItems = duplicate.dataItems.filter(
      (link) => !kept.dataItems.some((own) => own.dataItemId === link.dataItemId),
    );
    const newSchemes = duplicate.schemes.filter((link) => !kept.schemes.some((own) => own.schemeId === link.schemeId));
    const newUseCases = duplicate.useCases.filter(
      (link) => !kept.useCases.some((own) => own.useCaseId === link.useCaseId),
    );
    await tx.irritantDataItem.createMany({
      data: newDataItems.map((link) => ({ irritantId: kept.id, dataItemId: link.dataItemId })),
    });
    await tx.irritantFundingScheme.createMany({
      data: newSchemes.map((link) => ({ irritantId: kept.id, schemeId: link.schemeId })),
    });
    await tx.useCaseIrritant.createMany({
      data: newUseCases.map((link) => ({ irritantId: kept.id, useCaseId: link.useCaseId })),
    });
    const paths = [...new Set([...kept.paths, ...duplicate.paths])];
    const quotes = [...new Set([...kept.quotes, ...duplicate.quotes])];
    await tx.irritant.update({ where: { id: kept.id }, data: { paths, quotes, version: { increment: 1 } } });

    // The duplicate leaves the catalogue; earlier merges into it now point to the kept one (one hop, always).
    await tx.irritant.update({
      where: { id: duplicate.id },
      data: { mergedIntoId: kept.id, retiredAt: duplicate.retiredAt ?? new Date(), version: { increment: 1 } },
    });
    await tx.irritant.updateMany({ where: { mergedIntoId: duplicate.id }, data: { mergedIntoId: kept.id } });

    const comments = await tx.comment.updateMany({
      where: { irritantId: duplicate.id },
      data: { irritantId: kept.id },
    });
    const card = await carryOverCard(tx, {
      keptCardId: kept.card?.id ?? null,
      duplicateCardId: duplicate.card?.id ?? null,
      keptId: kept.id,
    });

    // History: the duplicate's changes join the kept one's, then the merge itself.
    await tx.catalogueChange.updateMany({
      where: { kind: "IRRITANT", entryId: duplicate.id },
      data: { entryId: kept.id },
    });
    await recordCatalogueChange(tx, {
      kind: "IRRITANT",
      entryId: kept.id,
      action: "merge",
      actor: admin,
      before: {
        mergedFrom: null,
        paths: [...kept.paths].sort(),
        quotes: kept.quotes,
        dataItems: kept.dataItems.map((link) => link.dataItem.slug).sort(),
        schemes: kept.schemes.map((link) => link.scheme.slug).sort(),
      },
      after: {
        mergedFrom: `${duplicate.title} (${duplicate.slug})`,
        paths: [...paths].sort(),
        quotes,
        dataItems: [...kept.dataItems, ...newDataItems].map((link) => link.dataItem.slug).sort(),
        schemes: [...kept.schemes, ...newSchemes].map((link) => link.scheme.slug).sort(),
      },
    });
    const carried = {
      dataItems: newDataItems.length,
      schemes: newSchemes.length,
      useCases: newUseCases.length,
      comments: comments.count,
      ...card,
    };
    await recordAuditEvent(tx, {
      actor: admin,
      action: "irritant.merge",
      targetType: "irritant",
      targetId: kept.id,
      data: { duplicateId: duplicate.id, duplicateSlug: duplicate.slug, ...carried },
    });
    return { keptSlug: kept.slug, duplicateSlug: duplicate.slug, carried };
  }, BUSY_TRANSACTION);
  await publishLiveEvent({ type: "board.changed" });
  return merged;
}

/**
 * The kept irritant keeps its card; without one it takes the duplicate's.
 * With two cards, the duplicate's votes in rounds not yet closed go to the
 * kept card, ballot by ballot: dot-voting points add up, capped at the round's
 * maximum per card, the excess going back to the member's budget; a majority
 * judgment keeps the better of the two grades. Closed rounds are a record and
 * stay as they were; the duplicate's card stays with it, off the board.
 */
async function carryOverCard(
  tx: Tx,
  {
    keptCardId,
    duplicateCardId,
    keptId,
  }: { keptCardId: string | null; duplicateCardId: string | null; keptId: string },
) {
  if (!duplicateCardId) return { card: "kept" as const, ballots: 0, pointsReturned: 0 };
  if (!keptCardId) {
    await tx.boardCard.update({
      where: { id: duplicateCardId },
      data: { irritantId: keptId, version: { increment: 1 } },
    });
    return { card: "taken-over" as const, ballots: 0, pointsReturned: 0 };
  }
  // The duplicate's card leaves the board: its discussion joins the kept card's.
  await tx.comment.updateMany({ where: { boardCardId: duplicateCardId }, data: { boardCardId: keptCardId } });
  const rounds = await tx.voteRound.findMany({
    where: { NOT: closedRoundWhere(), items: { some: { cardId: duplicateCardId } } },
    select: { id: true },
  });
  const roundIds = rounds.map((round) => round.id);
  if (roundIds.length === 0) return { card: "kept" as const, ballots: 0, pointsReturned: 0 };
  // The ballot rows are the lock a vote takes (cast_ballot_vote): no vote slips in between.
  const ballots = await tx.$queryRaw<{ id: string; pointsUsed: number }[]>`
    SELECT "id", "pointsUsed" FROM "Ballot" WHERE "roundId" = ANY(${roundIds}::text[]) ORDER BY "id" FOR UPDATE`;
  const ballotIds = ballots.map((ballot) => ballot.id);
  await tx.$executeRaw`
    INSERT INTO "VoteRoundItem" ("roundId", "cardId")
    SELECT "roundId", ${keptCardId} FROM "VoteRoundItem" WHERE "cardId" = ${duplicateCardId} AND "roundId" = ANY(${roundIds}::text[])
    ON CONFLICT DO NOTHING`;
  const combined = await tx.$executeRaw`
    UPDATE "BallotEntry" AS kept SET
      "points" = CASE WHEN kept."points" IS NULL AND duplicate."points" IS NULL THEN NULL
                      ELSE LEAST(COALESCE(kept."points", 0) + COALESCE(duplicate."points", 0), COALESCE(round."maxPointsPerItem", COALESCE(kept."points", 0) + COALESCE(duplicate."points", 0))) END,
      "grade" = LEAST(kept."grade", duplicate."grade")
    FROM "BallotEntry" AS duplicate, "Ballot" AS ballot, "VoteRound" AS round
    WHERE kept."cardId" = ${keptCardId} AND duplicate."cardId" = ${duplicateCardId} AND duplicate."ballotId" = kept."ballotId"
      AND ballot."id" = kept."ballotId" AND round."id" = ballot."roundId" AND kept."ballotId" = ANY(${ballotIds}::text[])`;
  await tx.$executeRaw`
    DELETE FROM "BallotEntry" AS duplicate WHERE duplicate."cardId" = ${duplicateCardId} AND duplicate."ballotId" = ANY(${ballotIds}::text[])
      AND EXISTS (SELECT 1 FROM "BallotEntry" AS kept WHERE kept."ballotId" = duplicate."ballotId" AND kept."cardId" = ${keptCardId})`;
  const moved = await tx.$executeRaw`
    UPDATE "BallotEntry" SET "cardId" = ${keptCardId} WHERE "cardId" = ${duplicateCardId} AND "ballotId" = ANY(${ballotIds}::text[])`;
  // Totals can only go down (capped points return to the budget): the budget trigger never fires.
  await tx.$executeRaw`
    UPDATE "Ballot" AS ballot SET "pointsUsed" = COALESCE((SELECT SUM("points") FROM "BallotEntry" WHERE "ballotId" = ballot."id"), 0)::int, "updatedAt" = now() AT TIME ZONE 'UTC'
    WHERE ballot."id" = ANY(${ballotIds}::text[])`;
  await tx.$executeRaw`DELETE FROM "VoteRoundItem" WHERE "cardId" = ${duplicateCardId} AND "roundId" = ANY(${roundIds}::text[])`;
  const after = await tx.ballot.findMany({ where: { id: { in: ballotIds } }, select: { pointsUsed: true } });
  const pointsReturned =
    ballots.reduce((sum, ballot) => sum + ballot.pointsUsed, 0) -
    after.reduce((sum, ballot) => sum + ballot.pointsUsed, 0);
  return { card: "kept" as const, ballots: combined + moved, pointsReturned };
}
