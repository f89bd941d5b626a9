import { db } from "@/lib/db/client.ts";
import type { TActor } from "@/lib/auth/actor.ts";
import { ORGANISATION_TYPES, type TOrganisationType } from "@/lib/organisations/organisation-types.ts";
import { groupSizeRule, mergeSmallGroups, minimumGroupSize } from "@/lib/rounds/group-breakdown.ts";
import { getRound } from "@/lib/rounds/get-round.ts";
import { resolveLinks, type TLinkType } from "./workshop-links.ts";
import { scoreLabel, type TWorkshopMinutes } from "./workshop-minutes-markdown.ts";
import { actionDueDate } from "./action-due-date.ts";

/**
 * The minutes of a session, for members: participants by organisation type (small types merged as for
 * ballots, so that nobody is singled out in a document that is e-mailed), notes with their duplicates,
 * the vote as revealed, decisions and actions.
 */
export async function getWorkshopMinutes({
  actor: member,
  workshopId,
}: {
  actor: TActor;
  workshopId: string;
}): Promise<TWorkshopMinutes | null> {
  const workshop = await db.workshop.findUnique({
    where: { id: workshopId },
    select: {
      id: true,
      title: true,
      scheduledAt: true,
      openedAt: true,
      closedAt: true,
      roundId: true,
      participants: { select: { user: { select: { id: true, organisation: { select: { type: true } } } } } },
      notes: {
        where: { groupedIntoId: null },
        orderBy: { createdAt: "asc" },
        select: {
          text: true,
          _count: { select: { grouped: true } },
          irritant: { select: { slug: true, title: true } },
        },
      },
      items: {
        orderBy: { createdAt: "asc" },
        select: {
          kind: true,
          text: true,
          dueOn: true,
          linkType: true,
          linkId: true,
          ownerUser: { select: { name: true, email: true } },
          ownerOrganisation: { select: { name: true } },
        },
      },
    },
  });
  if (!workshop) return null;
  const minimum = minimumGroupSize();
  const byType = ORGANISATION_TYPES.map((type) => ({
    type,
    ballots: workshop.participants.filter(
      (participant) => ((participant.user.organisation?.type as TOrganisationType | undefined) ?? "AUTRE") === type,
    ),
    eligible: 0,
  })).filter((group) => group.ballots.length > 0);
  const merged = mergeSmallGroups(byType, minimum);
  const round = workshop.roundId ? await getRound({ actor: member, roundId: workshop.roundId }) : null;
  const links = await resolveLinks(
    db,
    workshop.items.flatMap((item) => (item.linkType && item.linkId ? [{ type: item.linkType, id: item.linkId }] : [])),
  );
  const linkOf = (item: { linkType: string | null; linkId: string | null }) => {
    const found = item.linkType && item.linkId ? links.get(`${item.linkType}:${item.linkId}`) : undefined;
    return found ? { type: found.type as TLinkType, title: found.title, href: found.href } : null;
  };
  return {
    id: workshop.id,
    title: workshop.title,
    scheduledAt: workshop.scheduledAt,
    openedAt: workshop.openedAt,
    closedAt: workshop.closedAt,
    participants: {
      total: workshop.participants.length,
      groups: merged.groups.map((group) => ({ label: group.label, count: group.ballots.length })),
      rule: merged.withheld
        ? `Moins de ${minimum} participants : aucun détail par type d'organisation.`
        : `Un type d'organisation n'est détaillé qu'à partir de ${minimum} participants ; les plus petits sont regroupés dans « Autres ».`,
    },
    notes: workshop.notes.map((note) => ({
      text: note.text,
      duplicates: note._count.grouped,
      irritant: note.irritant ? { title: note.irritant.title, href: `/irritants/${note.irritant.slug}` } : null,
    })),
    vote: round
      ? {
          question: round.question,
          method: round.method,
          voters: round.participation?.voters ?? 0,
          revealed: Boolean(round.results),
          ranking: round.results
            ? round.results.ranking.map((entry) => ({ rank: entry.rank, title: entry.title, score: scoreLabel(entry) }))
            : [],
          breakdown:
            round.results && !round.results.breakdownWithheld
              ? round.results.breakdown.map((group) => ({
                  label: group.label,
                  voters: group.voters,
                  leader: group.leader,
                }))
              : [],
          breakdownRule: groupSizeRule(round.results?.minimumGroupSize ?? minimum),
        }
      : null,
    decisions: workshop.items
      .filter((item) => item.kind === "DECISION")
      .map((item) => ({ text: item.text, link: linkOf(item) })),
    actions: workshop.items
      .filter((item) => item.kind === "ACTION")
      .map((item) => ({
        text: item.text,
        owner: item.ownerUser ? (item.ownerUser.name ?? item.ownerUser.email) : (item.ownerOrganisation?.name ?? "—"),
        dueOn: actionDueDate(item).toISOString().slice(0, 10),
        link: linkOf(item),
      })),
  };
}
