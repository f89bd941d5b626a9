import { db } from "@/lib/db/client.ts";
import { appUrl } from "@/lib/config/app-config.ts";
import { loadRoundResults } from "./load-round-results.ts";
import { closedRoundWhere } from "./round-status.ts";

/**
 * Public: the results of closed rounds, most recent first. Aggregates only —
 * no ballot, no voter, not even per organisation.
 */
export async function listPublicPriorities() {
  const rounds = await db.voteRound.findMany({
    where: closedRoundWhere(),
    orderBy: { closesAt: "desc" },
    select: { id: true, title: true, question: true, method: true, opensAt: true, closesAt: true, closedAt: true },
  });
  return Promise.all(
    rounds.map(async (round) => {
      const results = (await loadRoundResults(round.id))!;
      return {
        id: round.id,
        title: round.title,
        question: round.question,
        method: round.method,
        opensAt: round.opensAt.toISOString(),
        closedAt: (round.closedAt ?? round.closesAt).toISOString(),
        url: `${appUrl()}/priorisation/scrutins/${round.id}`,
        participation: results.participation,
        ranking: results.ranking.map((entry) => ({
          rank: entry.rank,
          kind: entry.kind,
          slug: entry.slug,
          title: entry.title,
          ...("points" in entry ? { points: entry.points, supporters: entry.supporters } : { majorityGrade: entry.majorityGrade, profile: entry.counts }),
        })),
      };
    }),
  );
}
export type TPublicPriorities = Awaited<ReturnType<typeof listPublicPriorities>>;
