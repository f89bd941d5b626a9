import { z } from "zod";
import { Role } from "@/lib/db/enums.ts";
import { db } from "@/lib/db/client.ts";
import type { TActor } from "@/lib/auth/actor.ts";
import { assertAdmin } from "@/lib/auth/guards.ts";
import { recordAuditEvent } from "@/lib/audit/record-audit-event.ts";
import { ExpectedError } from "@/lib/errors.ts";

export const ZUpdateMemberInput = z.object({
  userId: z.string().min(1).max(64),
  role: z.enum(Role, { message: "Rôle inconnu." }),
  organisationId: z.string().min(1, "Choisissez une organisation.").max(64),
  active: z.boolean(),
});
export type TUpdateMemberInput = z.infer<typeof ZUpdateMemberInput>;

/** Changes a member's role, organisation or access. The group always keeps an active admin. */
export async function updateMember({ actor, input }: { actor: TActor; input: TUpdateMemberInput }) {
  const admin = assertAdmin(actor);
  return db.$transaction(async (tx) => {
    const member = await tx.user.findUnique({ where: { id: input.userId } });
    if (!member) throw new ExpectedError("NOT_FOUND", "Membre introuvable.");
    if (!(await tx.organisation.findUnique({ where: { id: input.organisationId }, select: { id: true } }))) {
      throw new ExpectedError("NOT_FOUND", "Organisation introuvable.");
    }
    const losesAdmin = member.role === "ADMIN" && !member.deactivatedAt && (input.role !== "ADMIN" || !input.active);
    if (losesAdmin) {
      const otherAdmins = await tx.user.count({
        where: { role: "ADMIN", deactivatedAt: null, id: { not: member.id } },
      });
      if (otherAdmins === 0) {
        throw new ExpectedError("CONFLICT", "Le groupe doit garder au moins un administrateur actif.");
      }
    }
    if (member.id === admin.id && !input.active) {
      throw new ExpectedError("CONFLICT", "Vous ne pouvez pas désactiver votre propre compte.");
    }
    const updated = await tx.user.update({
      where: { id: member.id },
      data: {
        role: input.role,
        organisationId: input.organisationId,
        deactivatedAt: input.active ? null : (member.deactivatedAt ?? new Date()),
      },
    });
    // A deactivated member is signed out everywhere at once.
    if (!input.active) await tx.session.deleteMany({ where: { userId: member.id } });
    await recordAuditEvent(tx, {
      actor: admin,
      action: "member.update",
      targetType: "user",
      targetId: member.id,
      data: {
        before: { role: member.role, organisationId: member.organisationId, active: !member.deactivatedAt },
        after: { role: input.role, organisationId: input.organisationId, active: input.active },
      },
    });
    return updated;
  });
}
