// A board card is about exactly one catalogue entry: an irritant or a data item. The database says so
// (CHECK "BoardCard_exactly_one_subject", docs/adr/0030); the read models switch on this union instead
// of asserting that the other key is set.
export type TCardSubject<TIrritant, TDataItem> =
  { kind: "irritant"; irritant: TIrritant } | { kind: "donnee"; dataItem: TDataItem };

export function cardSubject<TIrritant, TDataItem>(card: {
  id?: string;
  irritant: TIrritant | null;
  dataItem: TDataItem | null;
}): TCardSubject<TIrritant, TDataItem> {
  if (card.irritant !== null && card.dataItem === null) return { kind: "irritant", irritant: card.irritant };
  if (card.dataItem !== null && card.irritant === null) return { kind: "donnee", dataItem: card.dataItem };
  // Unreachable while the CHECK constraint holds; a read that forgot to select a subject lands here.
  throw new Error(`Board card ${card.id ?? "?"} has no single subject: select both irritant and dataItem.`);
}

/** The card's title, slug and catalogue page, as the board, the card page and the rounds show them. */
export function cardSubjectSummary(card: {
  id?: string;
  irritant: { slug: string; title: string } | null;
  dataItem: { slug: string; name: string } | null;
}): { kind: "irritant" | "donnee"; title: string; slug: string; href: string } {
  const subject = cardSubject(card);
  return subject.kind === "irritant"
    ? {
        kind: "irritant",
        title: subject.irritant.title,
        slug: subject.irritant.slug,
        href: `/irritants/${subject.irritant.slug}`,
      }
    : {
        kind: "donnee",
        title: subject.dataItem.name,
        slug: subject.dataItem.slug,
        href: `/donnees/${subject.dataItem.slug}`,
      };
}
