import { getActor } from "@/lib/auth/get-actor.ts";
import { getRound } from "@/lib/rounds/get-round.ts";
import { roundResultsCsv } from "@/lib/rounds/round-results-csv.ts";
import { slugify } from "@/lib/slugify.ts";

/** CSV export of a round's results, for whoever may see them on the round's page. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const round = await getRound({ actor: await getActor(), roundId: (await params).id });
  if (!round) return Response.json({ error: { code: "NOT_FOUND", message: "Scrutin introuvable." } }, { status: 404 });
  if (!round.results)
    return Response.json(
      { error: { code: "FORBIDDEN", message: "Les résultats de ce scrutin restent masqués jusqu'à sa clôture." } },
      { status: 403 },
    );
  return new Response(roundResultsCsv(round.results, { demonstration: round.demonstration }), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="scrutin-${slugify(round.title)}.csv"`,
      "Cache-Control": "private, no-store",
    },
  });
}
