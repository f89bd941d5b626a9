import { db } from "@/lib/db/client.ts";
import type { TActor } from "@/lib/auth/actor.ts";
import { assertAdmin } from "@/lib/auth/guards.ts";

/** What the facilitator picks from: cards to vote on and to link, members and organisations as owners, sheets. */
export async function getWorkshopOptions({ actor }: { actor: TActor }) {
  assertAdmin(actor);
  const [cards, members, organisations, sheets] = await Promise.all([
    db.boardCard.findMany({
      orderBy: [{ column: { position: "asc" } }, { position: "asc" }],
      take: 300,
      select: {
        id: true,
        column: { select: { name: true } },
        irritant: { select: { title: true, retiredAt: true } },
        dataItem: { select: { name: true, retiredAt: true } },
      },
    }),
    db.user.findMany({
      where: { deactivatedAt: null },
      orderBy: { name: "asc" },
      select: { id: true, name: true, email: true },
    }),
    db.organisation.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true } }),
    db.useCase.findMany({
      where: { state: { not: "ARCHIVED" } },
      orderBy: { slug: "asc" },
      select: { id: true, slug: true, revisions: { orderBy: { number: "desc" }, take: 1, select: { title: true } } },
    }),
  ]);
  return {
    cards: cards
      .filter((card) => !(card.irritant?.retiredAt ?? card.dataItem?.retiredAt))
      .map((card) => ({
        id: card.id,
        title: card.irritant?.title ?? card.dataItem?.name ?? "Carte",
        column: card.column.name,
      })),
    members: members.map((member) => ({ id: member.id, label: member.name ?? member.email })),
    organisations,
    sheets: sheets.map((sheet) => ({ id: sheet.id, title: sheet.revisions[0]?.title ?? sheet.slug })),
  };
}
export type TWorkshopOptions = Awaited<ReturnType<typeof getWorkshopOptions>>;
