import { z } from "zod";
import { db } from "@/lib/db/client.ts";
import type { TActor } from "@/lib/auth/actor.ts";
import { recordAuditEvent } from "@/lib/audit/record-audit-event.ts";
import { EmailNotifications } from "@/lib/db/enums.ts";

export const ZUpdateEmailPreferenceInput = z.object({
  emailNotifications: z.enum(EmailNotifications, {
    message: "Choisissez ce que vous recevez par e-mail : chaque notification, un résumé quotidien ou rien.",
  }),
});
export type TUpdateEmailPreferenceInput = z.infer<typeof ZUpdateEmailPreferenceInput>;

/** The member's own choice only: the WHERE is the actor's id, whatever the input says. */
export async function updateEmailPreference({ actor, input }: { actor: TActor; input: TUpdateEmailPreferenceInput }) {
  const { emailNotifications } = ZUpdateEmailPreferenceInput.parse(input);
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: actor.id }, data: { emailNotifications } });
    await recordAuditEvent(tx, {
      actor,
      action: "notification.email-preference",
      targetType: "user",
      targetId: actor.id,
      data: { emailNotifications },
    });
  });
}
