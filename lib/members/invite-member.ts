import { z } from "zod";
import { Role } from "@/lib/db/enums.ts";
import { db } from "@/lib/db/client.ts";
import { actorUserId, type TActor } from "@/lib/auth/actor.ts";
import { assertAdmin } from "@/lib/auth/guards.ts";
import { recordAuditEvent } from "@/lib/audit/record-audit-event.ts";
import { ExpectedError } from "@/lib/errors.ts";
import { InvalidEmailError, normaliseEmail } from "@/lib/auth/normalise-email.ts";

export const INVITATION_VALIDITY_DAYS = 14;

export const ZInviteMemberInput = z.object({
  email: z.string().trim().max(254, "Adresse e-mail trop longue.").email("Adresse e-mail invalide."),
  organisationId: z.string().min(1, "Choisissez une organisation.").max(64),
  role: z.enum(Role, { message: "Rôle inconnu." }),
  name: z.string().trim().max(120, "Le nom dépasse 120 caractères.").optional(),
});
export type TInviteMemberInput = z.infer<typeof ZInviteMemberInput>;

/** Invites an address into an organisation; renews a pending invitation to the same address. */
export async function inviteMember({ actor, input }: { actor: TActor; input: TInviteMemberInput }) {
  const admin = assertAdmin(actor);
  let email: string;
  try {
    email = normaliseEmail(input.email);
  } catch (error) {
    if (error instanceof InvalidEmailError)
      throw new ExpectedError(
        "INVALID_INPUT",
        "Adresse e-mail invalide : une seule adresse, sans espace ni guillemets.",
      );
    throw error;
  }
  return db.$transaction(async (tx) => {
    const organisation = await tx.organisation.findUnique({ where: { id: input.organisationId } });
    if (!organisation) throw new ExpectedError("NOT_FOUND", "Organisation introuvable.");
    if (await tx.user.findUnique({ where: { email }, select: { id: true } })) {
      throw new ExpectedError("CONFLICT", `${email} est déjà membre de l'atelier.`);
    }
    await tx.invitation.updateMany({
      where: { email, acceptedAt: null, revokedAt: null },
      data: { revokedAt: new Date() },
    });
    const invitation = await tx.invitation.create({
      data: {
        email,
        name: input.name || null,
        role: input.role,
        organisationId: organisation.id,
        invitedById: actorUserId(admin),
        expiresAt: new Date(Date.now() + INVITATION_VALIDITY_DAYS * 24 * 3600 * 1000),
      },
    });
    await recordAuditEvent(tx, {
      actor: admin,
      action: "invitation.create",
      targetType: "invitation",
      targetId: invitation.id,
      data: { email, organisationId: organisation.id, role: input.role },
    });
    return { invitation, organisation };
  });
}
