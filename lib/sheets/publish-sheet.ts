import { db } from "@/lib/db/client.ts";
import type { TActor } from "@/lib/auth/actor.ts";
import { recordAuditEvent } from "@/lib/audit/record-audit-event.ts";
import { ExpectedError } from "@/lib/errors.ts";
import { notifyUsers } from "@/lib/notifications/notify-users.ts";
import { ZSheetContent } from "./sheet-content.ts";
import { afterCommit, loadForTransition, type TSheetTransitionInput } from "./sheet-transition.ts";

/** Publishes the head revision: the public page switches to it, and the catalogue links follow it. */
export async function publishSheet({ actor, input }: { actor: TActor; input: TSheetTransitionInput }) {
  return afterCommit(
    db.$transaction(async (tx) => {
      const { useCase, head, facts, can } = await loadForTransition(tx, actor, input);
      if (!can.publish) {
        throw new ExpectedError(
          "FORBIDDEN",
          "La publication demande un administrateur ou deux approbations de membres sur la dernière version.",
        );
      }
      const revision = await tx.useCaseRevision.findUniqueOrThrow({ where: { id: head.id } });
      const content = ZSheetContent.parse(revision.content);
      const [irritants, dataItems] = await Promise.all([
        tx.irritant.findMany({ where: { slug: { in: content.irritants } }, select: { id: true } }),
        tx.dataItem.findMany({ where: { slug: { in: content.dataItems } }, select: { id: true } }),
      ]);
      await tx.useCaseIrritant.deleteMany({ where: { useCaseId: useCase.id } });
      await tx.useCaseDataItem.deleteMany({ where: { useCaseId: useCase.id } });
      await tx.useCaseIrritant.createMany({
        data: irritants.map(({ id }) => ({ useCaseId: useCase.id, irritantId: id })),
      });
      await tx.useCaseDataItem.createMany({
        data: dataItems.map(({ id }) => ({ useCaseId: useCase.id, dataItemId: id })),
      });
      await tx.useCase.update({
        where: { id: useCase.id },
        data: { state: "PUBLISHED", publishedRevisionId: head.id, publishedAt: new Date() },
      });
      await recordAuditEvent(tx, {
        actor,
        action: "use-case.publish",
        targetType: "use-case",
        targetId: useCase.id,
        data: { revision: head.number },
      });
      const notified = await notifyUsers(
        tx,
        facts.authorIds.filter((id) => id !== actor.id),
        {
          title: `Fiche publiée : ${head.title}`,
          body: `La version ${head.number} de « ${head.title} » est publiée.`,
          link: `/cas-usage/${useCase.slug}`,
        },
      );
      return { slug: useCase.slug, notified };
    }),
  );
}
