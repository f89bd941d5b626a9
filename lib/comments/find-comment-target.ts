import type { Db } from "@/lib/db/create-client.ts";
import type { TCommentTarget } from "./comment-target.ts";
import { cardSubject } from "@/lib/board/card-subject.ts";

type Reader = Pick<Db, "irritant" | "dataItem" | "boardCard" | "useCase">;

export type TCommentTargetInfo = {
  /** What the thread is about, for notifications (« … vous mentionne : <title> »). */
  title: string;
  /** The page that shows the thread. */
  path: string;
  /** Null while new comments are welcome; else why the discussion is closed. */
  closedBecause: string | null;
  /** Sheets are member work: their threads are not for the public. */
  membersOnly: boolean;
};

/** The thread's target as the comment operations need it; null when it does not exist. */
export async function findCommentTarget(tx: Reader, target: TCommentTarget): Promise<TCommentTargetInfo | null> {
  switch (target.kind) {
    case "irritant": {
      const irritant = await tx.irritant.findUnique({
        where: { id: target.id },
        select: { slug: true, title: true, retiredAt: true },
      });
      return (
        irritant && {
          title: irritant.title,
          path: `/irritants/${irritant.slug}`,
          membersOnly: false,
          closedBecause: irritant.retiredAt ? "Cet irritant est retiré du catalogue : la discussion est close." : null,
        }
      );
    }
    case "data-item": {
      const item = await tx.dataItem.findUnique({
        where: { id: target.id },
        select: { slug: true, name: true, retiredAt: true },
      });
      return (
        item && {
          title: item.name,
          path: `/donnees/${item.slug}`,
          membersOnly: false,
          closedBecause: item.retiredAt ? "Cette donnée est retirée du catalogue : la discussion est close." : null,
        }
      );
    }
    case "board-card": {
      const card = await tx.boardCard.findUnique({
        where: { id: target.id },
        select: {
          irritant: { select: { title: true, retiredAt: true } },
          dataItem: { select: { name: true, retiredAt: true } },
        },
      });
      if (!card) return null;
      const subject = cardSubject(card);
      const entry =
        subject.kind === "irritant"
          ? subject.irritant
          : { title: subject.dataItem.name, retiredAt: subject.dataItem.retiredAt };
      return {
        title: `carte « ${entry.title} »`,
        path: `/priorisation/cartes/${target.id}`,
        membersOnly: false,
        closedBecause: entry.retiredAt
          ? "L'entrée de cette carte est retirée du catalogue : la discussion est close."
          : null,
      };
    }
    case "sheet": {
      const sheet = await tx.useCase.findUnique({
        where: { id: target.id },
        select: {
          slug: true,
          state: true,
          revisions: { orderBy: { number: "desc" }, take: 1, select: { title: true } },
        },
      });
      return (
        sheet && {
          title: `fiche « ${sheet.revisions[0]?.title ?? sheet.slug} »`,
          path: `/fiches/${sheet.slug}`,
          membersOnly: true,
          closedBecause: sheet.state === "ARCHIVED" ? "Cette fiche est archivée : la discussion est close." : null,
        }
      );
    }
  }
}
