import { db } from "@/lib/db/client.ts";
import { recordAuditEvent } from "@/lib/audit/record-audit-event.ts";
import { formatDate } from "@/lib/format.ts";
import { emailNotifications } from "@/lib/notifications/email-notifications.ts";
import { notifyUsers, type TNotified } from "@/lib/notifications/notify-users.ts";
import { actionDueDate } from "./action-due-date.ts";

/** Owners are reminded this many days before an action is due. */
export const ACTION_REMINDER_DAYS = 3;
/** An action found long after its due date (a server down for days) is not reminded any more. */
const TOO_LATE_DAYS = 1;

/**
 * Reminds the owners of workshop actions due soon: the member, or the active members of the owning
 * organisation. Run by the server's scheduler on every instance: each reminder is claimed by a
 * conditional update in the same transaction as its notifications, so it is sent exactly once (ADR 0018).
 */
export async function sweepWorkshopReminders(now = new Date()): Promise<{ reminded: number }> {
  const due = await db.workshopItem.findMany({
    where: {
      kind: "ACTION",
      reminderSentAt: null,
      dueOn: {
        lte: new Date(now.getTime() + ACTION_REMINDER_DAYS * 86_400_000),
        gte: new Date(now.getTime() - TOO_LATE_DAYS * 86_400_000),
      },
    },
    select: {
      id: true,
      text: true,
      dueOn: true,
      ownerUserId: true,
      ownerOrganisationId: true,
      workshop: { select: { id: true, title: true } },
    },
  });
  let reminded = 0;
  for (const item of due) {
    const notified: TNotified[] | null = await db.$transaction(async (tx) => {
      const { count } = await tx.workshopItem.updateMany({
        where: { id: item.id, reminderSentAt: null },
        data: { reminderSentAt: now },
      });
      if (count === 0) return null;
      const owners = item.ownerUserId
        ? [item.ownerUserId]
        : (
            await tx.user.findMany({
              where: { organisationId: item.ownerOrganisationId, deactivatedAt: null },
              select: { id: true },
            })
          ).map((user) => user.id);
      await recordAuditEvent(tx, {
        actor: null,
        action: "workshop.action-reminder",
        targetType: "workshop-item",
        targetId: item.id,
        data: { recipients: owners.length },
      });
      return notifyUsers(tx, owners, {
        title: `Action à échéance le ${formatDate(actionDueDate(item))}`,
        body: `Action décidée en atelier (« ${item.workshop.title} ») : ${item.text}`,
        link: `/ateliers/${item.workshop.id}/compte-rendu`,
      });
    });
    if (!notified) continue;
    reminded++;
    await emailNotifications(notified);
  }
  return { reminded };
}
