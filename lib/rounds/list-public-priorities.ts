import { db } from "@/lib/db/client.ts";
import { appUrl } from "@/lib/config/app-config.ts";
import { loadRoundResults } from "./load-round-results.ts";
import { closedRoundWhere } from "./round-status.ts";
import { groupSizeRule } from "./group-breakdown.ts";
import type { TGrade } from "./tally.ts";
import invariant from "tiny-invariant";

/**
 * Public: the results of closed rounds, most recent first. Aggregates only —
 * no ballot, no voter; per organisation type only for groups of at least the
 * minimum size, the others merged into « Autres » (group-breakdown.ts).
 */
export async function listPublicPriorities() {
  const rounds = await db.voteRound.findMany({
    where: closedRoundWhere(),
    orderBy: { closesAt: "desc" },
    select: {
      id: true,
      title: true,
      question: true,
      method: true,
      opensAt: true,
      closesAt: true,
      closedAt: true,
      demonstration: true,
    },
  });
  return Promise.all(
    rounds.map(async (round) => {
      const results = await loadRoundResults(round.id);
      invariant(results, "le scrutin vient d'être lu");
      return {
        id: round.id,
        title: round.title,
        question: round.question,
        method: round.method,
        demonstration: round.demonstration,
        opensAt: round.opensAt.toISOString(),
        closedAt: (round.closedAt ?? round.closesAt).toISOString(),
        url: `${appUrl()}/priorisation/scrutins/${round.id}`,
        participation: results.participation,
        fairness: results.fairness,
        ranking: results.ranking.map((entry) => ({
          rank: entry.rank,
          kind: entry.kind,
          slug: entry.slug,
          title: entry.title,
          ...("points" in entry
            ? { points: entry.points, supporters: entry.supporters }
            : { majorityGrade: entry.majorityGrade, profile: entry.counts }),
        })),
        breakdown: {
          minimumGroupSize: results.minimumGroupSize,
          rule: groupSizeRule(results.minimumGroupSize),
          withheld: results.breakdownWithheld,
          groups: results.breakdown.map((group) => ({
            label: group.label,
            organisationTypes: group.types,
            voters: group.voters,
            eligible: group.eligible,
            results: results.ranking.flatMap((entry) => {
              const value = group.byCard[entry.cardId];
              if (value === undefined) return [];
              return [
                {
                  kind: entry.kind,
                  slug: entry.slug,
                  ...(results.method === "DOT_VOTING" ? { points: Number(value) } : { majorityGrade: value as TGrade }),
                },
              ];
            }),
          })),
        },
      };
    }),
  );
}
export type TPublicPriorities = Awaited<ReturnType<typeof listPublicPriorities>>;
