import "server-only";
import escapeHtml from "escape-html";
import { db } from "@/lib/db/client.ts";
import { appUrl, isMailConfigured } from "@/lib/config/app-config.ts";
import { sendMail } from "@/lib/mail/send-mail.ts";
import { loggerForTask } from "@/lib/log/logger.ts";
import { digestWindow } from "./digest-window.ts";
import { preferencesFooter } from "./preferences-footer.ts";

type TClaimed = { id: string; userId: string; title: string; body: string; link: string | null; createdAt: Date };

/**
 * One e-mail per member who chose the daily digest, listing the notifications of the last window
 * (digest-window.ts). Each notification is claimed by one UPDATE … RETURNING that sets `emailedAt`: several
 * instances sweeping at once, or a sweep repeated, never send it twice. A failed e-mail is logged (ids only); the
 * notifications stay in the app.
 */
export async function sendDailyDigests({ now = new Date() }: { now?: Date } = {}): Promise<{ members: number }> {
  if (!isMailConfigured()) return { members: 0 };
  const { from, to } = digestWindow(now);
  const claimed = await db.$queryRaw<TClaimed[]>`
    UPDATE "Notification" AS n SET "emailedAt" = ${now}
    FROM "User" AS u
    WHERE n."userId" = u.id AND u."emailNotifications" = 'DAILY_DIGEST' AND u."deactivatedAt" IS NULL
      AND n."emailedAt" IS NULL AND n."createdAt" >= ${from} AND n."createdAt" < ${to}
    RETURNING n.id, n."userId", n.title, n.body, n.link, n."createdAt"`;
  if (claimed.length === 0) return { members: 0 };
  const byMember = new Map<string, TClaimed[]>();
  for (const notice of claimed) byMember.set(notice.userId, [...(byMember.get(notice.userId) ?? []), notice]);
  const recipients = await db.user.findMany({
    where: { id: { in: [...byMember.keys()] } },
    select: { id: true, email: true },
  });
  const log = loggerForTask("daily-digest");
  await Promise.all(
    recipients.map((recipient) =>
      sendMail(digestMail(recipient.email, byMember.get(recipient.id) ?? [])).catch((error) =>
        log.error({ err: error, userId: recipient.id }, "notifications : résumé quotidien non envoyé"),
      ),
    ),
  );
  return { members: recipients.length };
}

function digestMail(to: string, notices: TClaimed[]) {
  const sorted = notices.toSorted((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
  const base = appUrl();
  const count = `${sorted.length} notification${sorted.length > 1 ? "s" : ""}`;
  const footer = preferencesFooter();
  return {
    to,
    subject: `[Atelier EFOP] Résumé du jour : ${count}`,
    text: [
      `Bonjour,\n\nVoici ce qui s'est passé dans l'Atelier EFOP depuis votre dernier résumé (${count}) :\n`,
      ...sorted.map(
        (notice) => `- ${notice.title}\n  ${notice.body}${notice.link ? `\n  ${base}${notice.link}` : ""}\n`,
      ),
      footer.text,
    ].join("\n"),
    html:
      `<p>Bonjour,</p><p>Voici ce qui s'est passé dans l'Atelier EFOP depuis votre dernier résumé (${count}) :</p><ul>` +
      sorted
        .map((notice) => {
          const title = notice.link
            ? `<a href="${escapeHtml(base + notice.link)}">${escapeHtml(notice.title)}</a>`
            : escapeHtml(notice.title);
          return `<li><strong>${title}</strong><br>${escapeHtml(notice.body)}</li>`;
        })
        .join("") +
      `</ul>${footer.html}`,
  };
}
