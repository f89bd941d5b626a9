import { z } from "zod";
import { db } from "@/lib/db/client.ts";
import type { TActor } from "@/lib/auth/actor.ts";
import { assertAdmin } from "@/lib/auth/guards.ts";
import { recordAuditEvent } from "@/lib/audit/record-audit-event.ts";
import { appUrl, isMailConfigured } from "@/lib/config/app-config.ts";
import { sendMail } from "@/lib/mail/send-mail.ts";
import { notifyUsers } from "@/lib/notifications/notify-users.ts";
import { publishLiveEvent } from "@/lib/live/live-events.ts";
import { requestLogger } from "@/lib/log/request-logger.ts";
import { findOpenWorkshop } from "./find-workshop.ts";
import { getWorkshopMinutes } from "./get-workshop-minutes.ts";
import { publishWorkshopChange } from "./publish-workshop-change.ts";
import { workshopMinutesMarkdown } from "./workshop-minutes-markdown.ts";
import escapeHtml from "escape-html";

export const ZCloseWorkshopInput = z.object({ workshopId: z.string().min(1).max(64) });

/**
 * The facilitator closes the session: a vote still hidden is closed and revealed (the minutes record
 * it), participants are notified and e-mailed the minutes (Markdown as the text of the message).
 */
export async function closeWorkshop({ actor, input }: { actor: TActor; input: z.infer<typeof ZCloseWorkshopInput> }) {
  const admin = assertAdmin(actor);
  const { participantIds, roundId, title } = await db.$transaction(async (tx) => {
    const workshop = await findOpenWorkshop(tx, input.workshopId);
    const now = new Date();
    await tx.workshop.update({
      where: { id: workshop.id },
      data: { status: "CLOSED", closedAt: now, timerStartedAt: null },
    });
    if (workshop.roundId) {
      await tx.voteRound.updateMany({
        where: { id: workshop.roundId, closedAt: null, closesAt: { gt: now } },
        data: { closedAt: now },
      });
      await tx.voteRound.updateMany({ where: { id: workshop.roundId, revealedAt: null }, data: { revealedAt: now } });
    }
    await recordAuditEvent(tx, {
      actor: admin,
      action: "workshop.close",
      targetType: "workshop",
      targetId: workshop.id,
    });
    const participants = await tx.workshopParticipant.findMany({
      where: { workshopId: workshop.id },
      select: { userId: true },
    });
    // The minutes go by e-mail to those who asked for each notification by e-mail; the others find them in their
    // daily digest or in the app.
    const emailed = await notifyUsers(
      tx,
      participants.map((participant) => participant.userId),
      {
        title: `Compte rendu : ${workshop.title}`,
        body: `L'atelier « ${workshop.title} » est clos : son compte rendu (notes, vote, décisions et actions) est disponible.`,
        link: `/ateliers/${workshop.id}/compte-rendu`,
      },
    );
    return {
      participantIds: emailed.map((recipient) => recipient.userId),
      roundId: workshop.roundId,
      title: workshop.title,
    };
  });
  await publishWorkshopChange(input.workshopId);
  if (roundId) await publishLiveEvent({ type: "round.changed", roundId }, "public");
  await emailMinutes({ admin, workshopId: input.workshopId, title, participantIds });
}

/** A failed e-mail never undoes the close: it is logged (ids only) and the minutes stay on their page. */
async function emailMinutes({
  admin,
  workshopId,
  title,
  participantIds,
}: {
  admin: TActor;
  workshopId: string;
  title: string;
  participantIds: string[];
}) {
  if (!isMailConfigured() || participantIds.length === 0) return;
  const minutes = await getWorkshopMinutes({ actor: admin, workshopId });
  if (!minutes) return;
  const markdown = workshopMinutesMarkdown(minutes, appUrl());
  const page = `${appUrl()}/ateliers/${workshopId}/compte-rendu`;
  const recipients = await db.user.findMany({
    where: { id: { in: participantIds }, deactivatedAt: null },
    select: { id: true, email: true },
  });
  const { log } = await requestLogger();
  const html = `<p>Le compte rendu de l'atelier est en ligne : <a href="${escapeHtml(page)}">${escapeHtml(page)}</a>.</p><pre style="white-space:pre-wrap">${escapeHtml(markdown)}</pre>`;
  await Promise.all(
    recipients.map((recipient) =>
      sendMail({
        to: recipient.email,
        subject: `[Atelier EFOP] Compte rendu : ${title}`,
        text: `${markdown}\n${page}\n`,
        html,
      }).catch((error) =>
        log.error({ err: error, userId: recipient.id, workshopId }, "atelier : compte rendu non envoyé"),
      ),
    ),
  );
}
