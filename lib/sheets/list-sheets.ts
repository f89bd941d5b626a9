import { db } from "@/lib/db/client.ts";
import type { TActor } from "@/lib/auth/actor.ts";

/** Members: every sheet with its state and latest revision. */
export async function listSheets({ actor }: { actor: TActor }) {
  void actor;
  const useCases = await db.useCase.findMany({
    orderBy: { updatedAt: "desc" },
    select: {
      id: true,
      slug: true,
      state: true,
      updatedAt: true,
      publishedRevisionId: true,
      revisions: {
        orderBy: { number: "desc" },
        take: 1,
        select: {
          number: true,
          title: true,
          summary: true,
          createdAt: true,
          author: { select: { name: true, email: true } },
        },
      },
      _count: { select: { feedback: { where: { status: "PENDING" } } } },
    },
  });
  return useCases.map(({ revisions, _count, ...useCase }) => ({
    ...useCase,
    head: revisions[0],
    pendingFeedback: _count.feedback,
  }));
}
