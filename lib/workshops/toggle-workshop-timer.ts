import { z } from "zod";
import { db } from "@/lib/db/client.ts";
import type { TActor } from "@/lib/auth/actor.ts";
import { assertAdmin } from "@/lib/auth/guards.ts";
import { recordAuditEvent } from "@/lib/audit/record-audit-event.ts";
import { ExpectedError } from "@/lib/errors.ts";
import { findOpenWorkshop } from "./find-workshop.ts";
import { publishWorkshopChange } from "./publish-workshop-change.ts";
import { toggleTimer } from "./workshop-timer.ts";

export const ZToggleWorkshopTimerInput = z.object({
  workshopId: z.string().min(1).max(64),
  /** What the facilitator asked for, so that a repeated press does not undo itself. */
  running: z.boolean(),
});

/** Starts or pauses the current step's timer; the server's clock is the reference for every screen. */
export async function toggleWorkshopTimer({
  actor,
  input,
}: {
  actor: TActor;
  input: z.infer<typeof ZToggleWorkshopTimerInput>;
}) {
  const admin = assertAdmin(actor);
  await db.$transaction(async (tx) => {
    const workshop = await findOpenWorkshop(tx, input.workshopId);
    const step = workshop.steps[workshop.currentStep];
    if (!step) throw new ExpectedError("CONFLICT", "Aucune étape en cours.");
    const timer = {
      durationMs: step.durationSeconds * 1000,
      elapsedMs: workshop.timerElapsedMs,
      startedAt: workshop.timerStartedAt,
    };
    if (Boolean(timer.startedAt) === input.running) return;
    const next = toggleTimer(timer, new Date());
    await tx.workshop.update({
      where: { id: workshop.id },
      data: { timerStartedAt: next.startedAt, timerElapsedMs: next.elapsedMs },
    });
    await recordAuditEvent(tx, {
      actor: admin,
      action: input.running ? "workshop.timer-start" : "workshop.timer-pause",
      targetType: "workshop",
      targetId: workshop.id,
    });
  });
  await publishWorkshopChange(input.workshopId);
}
