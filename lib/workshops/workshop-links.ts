import type { Db } from "@/lib/db/create-client.ts";

export const LINK_TYPES = ["card", "irritant", "sheet"] as const;
export type TLinkType = (typeof LINK_TYPES)[number];
export const LINK_TYPE_LABELS: Record<TLinkType, string> = { card: "Carte", irritant: "Irritant", sheet: "Fiche" };

export type TResolvedLink = { type: TLinkType; id: string; title: string; href: string };
type Tx = Pick<Db, "boardCard" | "irritant" | "useCase">;

/** Title and address of what a decision or an action is about; null when it no longer exists. */
export async function resolveLinks(tx: Tx, links: { type: string; id: string }[]): Promise<Map<string, TResolvedLink>> {
  // Read on every live refresh of a session: no query when nothing is linked.
  if (links.length === 0) return new Map();
  const ids = (type: TLinkType) => links.filter((link) => link.type === type).map((link) => link.id);
  const [cards, irritants, sheets] = await Promise.all([
    tx.boardCard.findMany({
      where: { id: { in: ids("card") } },
      select: {
        id: true,
        irritant: { select: { slug: true, title: true } },
        dataItem: { select: { slug: true, name: true } },
      },
    }),
    tx.irritant.findMany({ where: { id: { in: ids("irritant") } }, select: { id: true, slug: true, title: true } }),
    tx.useCase.findMany({
      where: { id: { in: ids("sheet") } },
      select: { id: true, slug: true, revisions: { orderBy: { number: "desc" }, take: 1, select: { title: true } } },
    }),
  ]);
  const resolved: TResolvedLink[] = [
    ...cards.map((card) => ({
      type: "card" as const,
      id: card.id,
      title: card.irritant?.title ?? card.dataItem?.name ?? "Carte",
      href: card.irritant ? `/irritants/${card.irritant.slug}` : `/donnees/${card.dataItem?.slug}`,
    })),
    ...irritants.map((irritant) => ({
      type: "irritant" as const,
      id: irritant.id,
      title: irritant.title,
      href: `/irritants/${irritant.slug}`,
    })),
    ...sheets.map((sheet) => ({
      type: "sheet" as const,
      id: sheet.id,
      title: sheet.revisions[0]?.title ?? sheet.slug,
      href: `/fiches/${sheet.slug}`,
    })),
  ];
  return new Map(resolved.map((link) => [`${link.type}:${link.id}`, link]));
}
