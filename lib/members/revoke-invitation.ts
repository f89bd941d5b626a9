import { z } from "zod";
import { db } from "@/lib/db/client.ts";
import type { TActor } from "@/lib/auth/actor.ts";
import { assertAdmin } from "@/lib/auth/guards.ts";
import { recordAuditEvent } from "@/lib/audit/record-audit-event.ts";
import { ExpectedError } from "@/lib/errors.ts";

export const ZRevokeInvitationInput = z.object({ invitationId: z.string().min(1).max(64) });

export async function revokeInvitation({
  actor,
  input,
}: {
  actor: TActor;
  input: z.infer<typeof ZRevokeInvitationInput>;
}) {
  const admin = assertAdmin(actor);
  return db.$transaction(async (tx) => {
    const { count } = await tx.invitation.updateMany({
      where: { id: input.invitationId, acceptedAt: null, revokedAt: null },
      data: { revokedAt: new Date() },
    });
    if (count === 0) throw new ExpectedError("NOT_FOUND", "Invitation introuvable ou déjà utilisée.");
    await recordAuditEvent(tx, {
      actor: admin,
      action: "invitation.revoke",
      targetType: "invitation",
      targetId: input.invitationId,
    });
  });
}
