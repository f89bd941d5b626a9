import "server-only";
import { appUrl, isMailConfigured } from "@/lib/config/app-config.ts";
import { sendMail } from "@/lib/mail/send-mail.ts";
import { requestLogger } from "@/lib/log/request-logger.ts";
import escapeHtml from "escape-html";
import type { TNotified } from "./notify-users.ts";
import { preferencesFooter } from "./preferences-footer.ts";

/** E-mails in-app notifications when mail is configured; a failed e-mail never undoes the change. */
export async function emailNotifications(notified: TNotified[]): Promise<void> {
  if (!isMailConfigured()) return;
  const { log } = await requestLogger();
  await Promise.all(
    notified.map((notice) =>
      sendMail({
        to: notice.email,
        subject: `[Atelier EFOP] ${notice.title}`,
        text: `${notice.body}\n\n${appUrl()}${notice.link}\n${preferencesFooter().text}`,
        html: `<p>${escapeHtml(notice.body)}</p><p><a href="${escapeHtml(appUrl() + notice.link)}">Ouvrir dans l'Atelier EFOP</a></p>${preferencesFooter().html}`,
      }).catch((error) => log.error({ err: error, userId: notice.userId }, "notification : e-mail non envoyé")),
    ),
  );
}
