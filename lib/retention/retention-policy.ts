import { plural } from "@/lib/format.ts";
import { env } from "@/lib/config/env.ts";
import type { TEnv } from "@/lib/config/env-schema.ts";

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

export const DEFAULT_RETENTION: TRetentionPolicy = {
  demoMailDays: 7,
  feedbackEmailDays: 365,
  auditDetailsDays: 365,
  invitationDays: 30,
};

export function retentionPolicy(config: TEnv = env()): TRetentionPolicy {
  return {
    demoMailDays: config.RETENTION_DEMO_MAIL_DAYS,
    feedbackEmailDays: config.RETENTION_FEEDBACK_EMAIL_DAYS,
    auditDetailsDays: config.RETENTION_AUDIT_DETAILS_DAYS,
    invitationDays: config.RETENTION_INVITATION_DAYS,
  };
}

/** « 7 jours », « 6 mois », « 1 an », « 2 ans » : as a person says it. */
export function formatRetention(days: number): string {
  if (days % 365 === 0) return `${days / 365} an${plural(days / 365)}`;
  if (days % 30 === 0) return `${days / 30} mois`;
  return `${days} jour${plural(days)}`;
}
