import { db } from "@/lib/db/client.ts";
import type { TActor } from "@/lib/auth/actor.ts";
import { getRound } from "@/lib/rounds/get-round.ts";
import { roundStatus } from "@/lib/rounds/round-status.ts";
import { resolveLinks } from "./workshop-links.ts";
import type { TStepKind } from "./workshop-steps.ts";

/**
 * Everything a screen of the session shows (projection, facilitator, participant), read again on every
 * `workshop.changed` event: a participant who reconnects gets the current step, notes and timer at once.
 * Members only; notes are shown without their author (sticky notes on a wall), except the reader's own.
 */
export async function getWorkshopState({ actor, workshopId }: { actor: TActor; workshopId: string }) {
  const workshop = await db.workshop.findUnique({
    where: { id: workshopId },
    select: {
      id: true,
      title: true,
      scheduledAt: true,
      status: true,
      currentStep: true,
      timerStartedAt: true,
      timerElapsedMs: true,
      roundId: true,
      openedAt: true,
      closedAt: true,
      steps: { orderBy: { position: "asc" }, select: { kind: true, durationSeconds: true } },
      _count: { select: { participants: true } },
      notes: {
        orderBy: { createdAt: "asc" },
        select: {
          id: true,
          text: true,
          createdAt: true,
          authorId: true,
          groupedIntoId: true,
          irritant: { select: { id: true, slug: true, title: true, card: { select: { id: true } } } },
        },
      },
      items: {
        orderBy: { createdAt: "asc" },
        select: {
          id: true,
          kind: true,
          text: true,
          dueOn: true,
          linkType: true,
          linkId: true,
          ownerUser: { select: { id: true, name: true, email: true } },
          ownerOrganisation: { select: { id: true, name: true } },
        },
      },
    },
  });
  if (!workshop) return null;
  const joined = Boolean(
    await db.workshopParticipant.findUnique({
      where: { workshopId_userId: { workshopId, userId: actor.id } },
      select: { userId: true },
    }),
  );
  const round = workshop.roundId ? await getRound({ actor, roundId: workshop.roundId }) : null;
  const links = await resolveLinks(
    db,
    workshop.items.flatMap((item) => (item.linkType && item.linkId ? [{ type: item.linkType, id: item.linkId }] : [])),
  );
  const step = workshop.steps[workshop.currentStep] ?? null;
  return {
    id: workshop.id,
    title: workshop.title,
    scheduledAt: workshop.scheduledAt.toISOString(),
    status: workshop.status,
    currentStep: workshop.currentStep,
    steps: workshop.steps.map((entry) => ({ kind: entry.kind as TStepKind, durationSeconds: entry.durationSeconds })),
    timer: step
      ? {
          durationMs: step.durationSeconds * 1000,
          elapsedMs: workshop.timerElapsedMs,
          startedAt: workshop.timerStartedAt?.toISOString() ?? null,
        }
      : null,
    /** The server's clock when this was read: screens correct their own clock with it. */
    serverNow: new Date().toISOString(),
    participantCount: workshop._count.participants,
    joined,
    isFacilitator: actor.role === "ADMIN",
    notes: workshop.notes.map((note) => ({
      id: note.id,
      text: note.text,
      createdAt: note.createdAt.toISOString(),
      groupedIntoId: note.groupedIntoId,
      mine: note.authorId === actor.id,
      irritant: note.irritant
        ? {
            id: note.irritant.id,
            slug: note.irritant.slug,
            title: note.irritant.title,
            cardId: note.irritant.card?.id ?? null,
          }
        : null,
    })),
    vote: round
      ? {
          roundId: round.id,
          method: round.method,
          question: round.question,
          status: roundStatus(round),
          closesAt: round.closesAt.toISOString(),
          voters: round.participation?.voters ?? 0,
          revealed: Boolean(round.revealedAt),
          results: round.results,
          round,
        }
      : null,
    items: workshop.items.map((item) => ({
      id: item.id,
      kind: item.kind,
      text: item.text,
      dueOn: item.dueOn?.toISOString().slice(0, 10) ?? null,
      owner: item.ownerUser ? (item.ownerUser.name ?? "Membre") : (item.ownerOrganisation?.name ?? null),
      link: item.linkType && item.linkId ? (links.get(`${item.linkType}:${item.linkId}`) ?? null) : null,
    })),
  };
}
export type TWorkshopState = NonNullable<Awaited<ReturnType<typeof getWorkshopState>>>;
