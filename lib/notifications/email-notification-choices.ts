import type { EmailNotifications } from "@/lib/db/enums.ts";

/** How each e-mail choice is offered to the member, in French. */
export const EMAIL_NOTIFICATION_CHOICES: Record<EmailNotifications, { label: string; hint: string }> = {
  EACH: { label: "Chaque notification", hint: "Un e-mail à chaque notification, au moment où elle arrive." },
  DAILY_DIGEST: { label: "Un résumé quotidien", hint: "Un seul e-mail chaque matin vers 7 h, s'il y a du nouveau." },
  NONE: { label: "Aucun e-mail", hint: "Les notifications restent sur cette page." },
};
