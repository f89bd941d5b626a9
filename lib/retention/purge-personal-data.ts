import "server-only";
import { db } from "@/lib/db/client.ts";
import { recordAuditEvent } from "@/lib/audit/record-audit-event.ts";
import { Prisma } from "@/lib/generated/prisma/client.ts";
import { retentionPolicy, type TRetentionPolicy } from "./retention-policy.ts";

const DAY_MS = 86_400_000;
/** What an audit event keeps of its author once its retention has passed: its action, target and date remain. */
export const ANONYMISED_ACTOR_LABEL = "anonymisé";

export type TPurgeCounts = {
  sessions: number;
  verificationTokens: number;
  invitations: number;
  demoMails: number;
  feedbackEmails: number;
  auditDetails: number;
};

/**
 * Deletes or blanks the personal data past its retention (RGPD): expired sessions and sign-in tokens,
 * invitations expired or revoked and never accepted, demo mails, the e-mail address (and its rate-limit
 * hash) of public feedback authors, and the author label and details of old audit events. Idempotent:
 * running it twice, or on two instances at once, removes nothing more. Records one audit event when it
 * purged something, with counts only.
 */
export async function purgePersonalData({
  now = new Date(),
  policy = retentionPolicy(),
}: { now?: Date; policy?: TRetentionPolicy } = {}): Promise<TPurgeCounts> {
  const before = (days: number) => new Date(now.getTime() - days * DAY_MS);
  return db.$transaction(async (tx) => {
    const counts: TPurgeCounts = {
      sessions: (await tx.session.deleteMany({ where: { expires: { lt: now } } })).count,
      verificationTokens: (await tx.verificationToken.deleteMany({ where: { expires: { lt: now } } })).count,
      invitations: (
        await tx.invitation.deleteMany({
          where: {
            acceptedAt: null,
            OR: [
              { expiresAt: { lt: before(policy.invitationDays) } },
              { revokedAt: { lt: before(policy.invitationDays) } },
            ],
          },
        })
      ).count,
      demoMails: (await tx.devMail.deleteMany({ where: { createdAt: { lt: before(policy.demoMailDays) } } })).count,
      feedbackEmails: (
        await tx.feedback.updateMany({
          where: {
            createdAt: { lt: before(policy.feedbackEmailDays) },
            OR: [{ authorEmail: { not: null } }, { senderHash: { not: "" } }],
          },
          data: { authorEmail: null, senderHash: "" },
        })
      ).count,
      auditDetails: (
        await tx.auditEvent.updateMany({
          where: {
            createdAt: { lt: before(policy.auditDetailsDays) },
            OR: [
              { data: { not: Prisma.DbNull } },
              { actorId: { not: null } },
              { actorLabel: { notIn: [ANONYMISED_ACTOR_LABEL, "public"] } },
            ],
          },
          data: { data: Prisma.DbNull, actorId: null, actorLabel: ANONYMISED_ACTOR_LABEL },
        })
      ).count,
    };
    if (Object.values(counts).some((count) => count > 0)) {
      await recordAuditEvent(tx, { actor: null, action: "retention.purge", targetType: "personal-data", data: counts });
    }
    return counts;
  });
}
