import { db } from "@/lib/db/client.ts";
import { perRequest } from "@/lib/http/per-request.ts";
import { cardSubjectSummary } from "./card-subject.ts";

const ACTION_LABELS: Record<string, string> = {
  "card.move": "a déplacé la carte",
  "card.apply-results": "a priorisé la carte d'après un scrutin",
};

/**
 * Public: one card, where it stands and its activity history. Who acted is
 * shown by name only, never by e-mail address. Read once per request (metadata and page).
 */
export const getCard = perRequest(loadCard, ({ cardId }) => cardId);

async function loadCard({ cardId }: { cardId: string }) {
  const card = await db.boardCard.findUnique({
    where: { id: cardId },
    select: {
      id: true, version: true, updatedAt: true,
      column: { select: { name: true } },
      irritant: { select: { slug: true, title: true } },
      dataItem: { select: { slug: true, name: true } },
    },
  });
  if (!card) return null;
  const subject = cardSubjectSummary(card);
  const events = await db.auditEvent.findMany({
    where: { targetType: "board-card", targetId: card.id },
    orderBy: { createdAt: "desc" },
    take: 100,
    select: { id: true, action: true, createdAt: true, data: true, actor: { select: { name: true } } },
  });
  return {
    id: card.id,
    version: card.version,
    columnName: card.column.name,
    kind: subject.kind,
    title: subject.title,
    href: subject.href,
    activity: events.map((event) => {
      const data = (event.data ?? {}) as { from?: string; to?: string; position?: number; round?: string };
      return {
        id: event.id,
        at: event.createdAt,
        who: event.actor?.name ?? "Un membre",
        what: ACTION_LABELS[event.action] ?? event.action,
        from: data.from ?? null,
        to: data.to ?? null,
        position: data.position ?? null,
        round: data.round ?? null,
      };
    }),
  };
}
