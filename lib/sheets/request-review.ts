import { db } from "@/lib/db/client.ts";
import type { TActor } from "@/lib/auth/actor.ts";
import { recordAuditEvent } from "@/lib/audit/record-audit-event.ts";
import { forbidden } from "@/lib/errors.ts";
import { notifyUsers } from "@/lib/notifications/notify-users.ts";
import { loadForTransition, type TSheetTransitionInput } from "./sheet-transition.ts";

/** An author (or an administrator) submits the head revision of a draft for review. */
export async function requestReview({ actor, input }: { actor: TActor; input: TSheetTransitionInput }) {
  return db.$transaction(async (tx) => {
    const { useCase, head, can } = await loadForTransition(tx, actor, input);
    if (!can.requestReview) throw forbidden();
    await tx.useCase.update({ where: { id: useCase.id }, data: { state: "IN_REVIEW" } });
    await recordAuditEvent(tx, {
      actor,
      action: "use-case.request-review",
      targetType: "use-case",
      targetId: useCase.id,
      data: { revision: head.number },
    });
    const others = await tx.user.findMany({
      where: { deactivatedAt: null, id: { not: actor.id } },
      select: { id: true },
    });
    const notified = await notifyUsers(
      tx,
      others.map((user) => user.id),
      {
        title: `Relecture demandée : ${head.title}`,
        body: `${actor.name ?? actor.email} demande une relecture de la fiche « ${head.title} » (version ${head.number}).`,
        link: `/fiches/${useCase.slug}`,
      },
    );
    return { slug: useCase.slug, notified };
  });
}
