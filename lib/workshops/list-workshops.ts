import { db } from "@/lib/db/client.ts";
import type { TActor } from "@/lib/auth/actor.ts";

/** Sessions for members, the running ones first, then by date (newest first). */
export async function listWorkshops({ actor }: { actor: TActor }) {
  void actor;
  const workshops = await db.workshop.findMany({
    orderBy: [{ scheduledAt: "desc" }],
    take: 100,
    select: { id: true, title: true, scheduledAt: true, status: true, _count: { select: { participants: true } } },
  });
  const rank = { OPEN: 0, DRAFT: 1, CLOSED: 2 } as const;
  return workshops.sort((a, b) => rank[a.status] - rank[b.status]);
}
