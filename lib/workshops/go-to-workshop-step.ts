import { z } from "zod";
import { db } from "@/lib/db/client.ts";
import type { TActor } from "@/lib/auth/actor.ts";
import { assertAdmin } from "@/lib/auth/guards.ts";
import { recordAuditEvent } from "@/lib/audit/record-audit-event.ts";
import { ExpectedError } from "@/lib/errors.ts";
import { findOpenWorkshop } from "./find-workshop.ts";
import { publishWorkshopChange } from "./publish-workshop-change.ts";

export const ZGoToWorkshopStepInput = z.object({
  workshopId: z.string().min(1).max(64),
  /** The step the facilitator saw when pressing: a repeated key press moves once, not twice. */
  fromStep: z.number().int().min(0).max(11),
  direction: z.enum(["next", "previous"], { message: "Sens inconnu." }),
});

/** Next (or previous) step for everyone; its timer starts at once. */
export async function goToWorkshopStep({
  actor,
  input,
}: {
  actor: TActor;
  input: z.infer<typeof ZGoToWorkshopStepInput>;
}) {
  const admin = assertAdmin(actor);
  const step = await db.$transaction(async (tx) => {
    const workshop = await findOpenWorkshop(tx, input.workshopId);
    if (workshop.currentStep !== input.fromStep)
      throw new ExpectedError("STALE", "L'étape a déjà changé : l'écran se met à jour.");
    const target = workshop.currentStep + (input.direction === "next" ? 1 : -1);
    if (target < 0 || target >= workshop.steps.length) {
      throw new ExpectedError(
        "CONFLICT",
        input.direction === "next"
          ? "C'est la dernière étape : clôturez l'atelier pour produire le compte rendu."
          : "C'est déjà la première étape.",
      );
    }
    await tx.workshop.update({
      where: { id: workshop.id },
      data: { currentStep: target, timerStartedAt: new Date(), timerElapsedMs: 0 },
    });
    await recordAuditEvent(tx, {
      actor: admin,
      action: "workshop.step",
      targetType: "workshop",
      targetId: workshop.id,
      data: { step: target, kind: workshop.steps[target].kind },
    });
    return target;
  });
  await publishWorkshopChange(input.workshopId);
  return { currentStep: step };
}
