import { plural } from "@/lib/format.ts";

/**
 * How long personal data is kept (RGPD), in days. Sessions and sign-in tokens go at their own expiry; the
 * rest is read here so that the purge, the « Données personnelles » page and the README say the same.
 */
export type TRetentionPolicy = {
  demoMailDays: number;
  feedbackEmailDays: number;
  auditDetailsDays: number;
  invitationDays: number;
};

export const DEFAULT_RETENTION: TRetentionPolicy = { demoMailDays: 7, feedbackEmailDays: 365, auditDetailsDays: 365, invitationDays: 30 };

// env: RETENTION_DEMO_MAIL_DAYS (default 7) : jours de conservation des e-mails du mode démonstration.
// env: RETENTION_FEEDBACK_EMAIL_DAYS (default 365) : jours de conservation de l'adresse e-mail des auteurs de retours publics.
// env: RETENTION_AUDIT_DETAILS_DAYS (default 365) : jours après lesquels un événement d'audit perd son auteur et ses détails.
// env: RETENTION_INVITATION_DAYS (default 30) : jours de conservation d'une invitation expirée ou révoquée, jamais acceptée.
export function retentionPolicy(env: Record<string, string | undefined> = process.env): TRetentionPolicy {
  const days = (name: string, fallback: number) => {
    const value = env[name]?.trim();
    if (!value) return fallback;
    const parsed = Number(value);
    if (!Number.isInteger(parsed) || parsed < 1 || parsed > 3650) {
      throw new Error(`${name} doit être un nombre entier de jours entre 1 et 3650 (reçu : « ${value} »).`);
    }
    return parsed;
  };
  return {
    demoMailDays: days("RETENTION_DEMO_MAIL_DAYS", DEFAULT_RETENTION.demoMailDays),
    feedbackEmailDays: days("RETENTION_FEEDBACK_EMAIL_DAYS", DEFAULT_RETENTION.feedbackEmailDays),
    auditDetailsDays: days("RETENTION_AUDIT_DETAILS_DAYS", DEFAULT_RETENTION.auditDetailsDays),
    invitationDays: days("RETENTION_INVITATION_DAYS", DEFAULT_RETENTION.invitationDays),
  };
}

/** « 7 jours », « 6 mois », « 1 an », « 2 ans » : as a person says it. */
export function formatRetention(days: number): string {
  if (days % 365 === 0) return `${days / 365} an${plural(days / 365)}`;
  if (days % 30 === 0) return `${days / 30} mois`;
  return `${days} jour${plural(days)}`;
}
