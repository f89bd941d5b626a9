import type { TMail } from "./send-mail.ts";
import escapeHtml from "escape-html";

export function magicLinkMail({ to, url, host }: { to: string; url: string; host: string }): TMail {
  return {
    to,
    subject: "Votre lien de connexion à l'Atelier EFOP",
    text: `Bonjour,\n\nPour vous connecter à l'Atelier EFOP (${host}), ouvrez ce lien :\n${url}\n\nIl est valable 15 minutes et ne sert qu'une fois. Si vous n'avez rien demandé, ignorez ce message.\n`,
    html:
      `<p>Bonjour,</p><p>Pour vous connecter à l'Atelier EFOP (${escapeHtml(host)}), cliquez sur ce lien :</p>` +
      `<p><a href="${escapeHtml(url)}">Se connecter à l'Atelier EFOP</a></p>` +
      `<p>Il est valable 15 minutes et ne sert qu'une fois. Si vous n'avez rien demandé, ignorez ce message.</p>`,
  };
}

export function invitationMail({
  to,
  organisation,
  signInUrl,
  invitedBy,
}: {
  to: string;
  organisation: string;
  signInUrl: string;
  invitedBy: string;
}): TMail {
  return {
    to,
    subject: "Invitation à rejoindre l'Atelier EFOP",
    text: `Bonjour,\n\n${invitedBy} vous invite à rejoindre l'Atelier EFOP du groupe Data EFOP au titre de : ${organisation}.\n\nConnectez-vous avec cette adresse e-mail (ou avec ProConnect) : ${signInUrl}\n`,
    html:
      `<p>Bonjour,</p><p>${escapeHtml(invitedBy)} vous invite à rejoindre l'Atelier EFOP du groupe Data EFOP au titre de : <strong>${escapeHtml(organisation)}</strong>.</p>` +
      `<p><a href="${escapeHtml(signInUrl)}">Se connecter avec cette adresse e-mail</a> (ou avec ProConnect).</p>`,
  };
}

/**
 * Sent instead of a link when the address cannot sign in, so that the sign-in page
 * answers the same for everyone and only the mailbox's owner learns the reason.
 */
export function signInRefusalMail({
  to,
  reason,
  host,
}: {
  to: string;
  reason: "not-invited" | "deactivated";
  host: string;
}): TMail {
  const explanation =
    reason === "deactivated"
      ? "Le compte associé à cette adresse a été désactivé. Si vous pensez qu'il s'agit d'une erreur, contactez l'animation du groupe Data EFOP."
      : "Aucun compte de l'Atelier EFOP n'est associé à cette adresse. L'adhésion se fait sur invitation : demandez à l'animation du groupe Data EFOP (ou à un membre de votre organisation) de vous inviter avec cette adresse.";
  return {
    to,
    subject: "Connexion à l'Atelier EFOP",
    text: `Bonjour,\n\nUne demande de connexion à l'Atelier EFOP (${host}) a été faite avec votre adresse.\n\n${explanation}\n\nSi vous n'avez rien demandé, ignorez ce message.\n`,
    html:
      `<p>Bonjour,</p><p>Une demande de connexion à l'Atelier EFOP (${escapeHtml(host)}) a été faite avec votre adresse.</p>` +
      `<p>${escapeHtml(explanation)}</p><p>Si vous n'avez rien demandé, ignorez ce message.</p>`,
  };
}
