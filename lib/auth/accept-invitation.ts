import { db } from "@/lib/db/client.ts";
import { recordAuditEvent } from "@/lib/audit/record-audit-event.ts";
import { normaliseEmail } from "./normalise-email.ts";
import { pendingInvitationWhere } from "./sign-in-policy.ts";

/**
 * Creates the account of an invited person on their first sign-in, with the
 * organisation and role of the invitation. Refuses anyone not invited, even if
 * a provider let them through.
 */
export async function acceptInvitation(profile: {
  email: string;
  name?: string | null;
  image?: string | null;
  emailVerified?: Date | null;
}) {
  const email = normaliseEmail(profile.email);
  return db.$transaction(async (tx) => {
    const invitation = await tx.invitation.findFirst({
      where: pendingInvitationWhere(email),
      orderBy: { createdAt: "desc" },
    });
    if (!invitation) throw new Error(`Aucune invitation en cours pour ${email}.`);
    const user = await tx.user.create({
      data: {
        email,
        name: profile.name ?? invitation.name ?? null,
        image: profile.image ?? null,
        emailVerified: profile.emailVerified ?? null,
        role: invitation.role,
        organisationId: invitation.organisationId,
      },
    });
    await tx.invitation.update({ where: { id: invitation.id }, data: { acceptedAt: new Date() } });
    await recordAuditEvent(tx, {
      actor: { id: user.id, email, name: user.name, role: user.role, organisationId: user.organisationId },
      action: "member.joined",
      targetType: "user",
      targetId: user.id,
      data: { invitationId: invitation.id },
    });
    return user;
  });
}
