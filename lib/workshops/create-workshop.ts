import { z } from "zod";
import { db } from "@/lib/db/client.ts";
import { actorUserId, type TActor } from "@/lib/auth/actor.ts";
import { assertAdmin } from "@/lib/auth/guards.ts";
import { recordAuditEvent } from "@/lib/audit/record-audit-event.ts";
import { ZAgenda } from "./workshop-steps.ts";

export const ZCreateWorkshopInput = z.object({
  title: z
    .string()
    .trim()
    .min(5, "Le titre doit faire au moins 5 caractères.")
    .max(120, "Le titre ne doit pas dépasser 120 caractères."),
  scheduledAt: z.coerce.date({ message: "Date invalide." }),
  agenda: ZAgenda,
});
export type TCreateWorkshopInput = z.infer<typeof ZCreateWorkshopInput>;

/** Admins prepare a session: its title, date and agenda (steps with the duration of their timer). */
export async function createWorkshop({ actor, input }: { actor: TActor; input: TCreateWorkshopInput }) {
  const admin = assertAdmin(actor);
  return db.$transaction(async (tx) => {
    const workshop = await tx.workshop.create({
      data: {
        title: input.title,
        scheduledAt: input.scheduledAt,
        createdById: actorUserId(admin),
        steps: {
          create: input.agenda.map((step, position) => ({
            position,
            kind: step.kind,
            durationSeconds: step.minutes * 60,
          })),
        },
      },
      select: { id: true },
    });
    await recordAuditEvent(tx, {
      actor: admin,
      action: "workshop.create",
      targetType: "workshop",
      targetId: workshop.id,
      data: { steps: input.agenda.map((step) => step.kind) },
    });
    return workshop;
  });
}
