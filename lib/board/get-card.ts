import { db } from "@/lib/db/client.ts";
import { perRequest } from "@/lib/http/per-request.ts";
import { parseAuditEvent, type TAuditAction, type TAuditEvent } from "@/lib/audit/audit-events.ts";
import { cardSubjectSummary } from "./card-subject.ts";

const ACTION_LABELS: Partial<Record<TAuditAction, string>> = {
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
      id: true,
      version: true,
      updatedAt: true,
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
    activity: events.map((row) => {
      const event = parseAuditEvent({ ...row, targetType: "board-card" });
      return {
        id: row.id,
        at: row.createdAt,
        who: row.actor?.name ?? "Un membre",
        what: (event && ACTION_LABELS[event.action]) ?? row.action,
        ...cardPlace(event),
      };
    }),
  };
}

/** Where a card went, as its audit event says (a row no current writer produces shows no place). */
function cardPlace(event: TAuditEvent | null): {
  from: string | null;
  to: string | null;
  position: number | null;
  round: string | null;
} {
  switch (event?.action) {
    case "card.move":
      return { ...event.data, round: null };
    case "card.apply-results":
      return event.data;
    case "card.report":
      return { from: null, to: event.data.to, position: event.data.position, round: null };
    default:
      return { from: null, to: null, position: null, round: null };
  }
}
