import escapeHtml from "escape-html";
import { appUrl } from "@/lib/config/app-config.ts";

/** Every notification e-mail says why it was sent and where to change that. */
export function preferencesFooter(): { text: string; html: string } {
  const url = `${appUrl()}/notifications#preferences-e-mail`;
  return {
    text: `\n--\nVous recevez ce message selon vos préférences de notification : ${url}\n`,
    html: `<p><small>Vous recevez ce message selon vos <a href="${escapeHtml(url)}">préférences de notification</a>.</small></p>`,
  };
}
