import { z } from "zod";
import { db } from "@/lib/db/client.ts";
import type { TActor } from "@/lib/auth/actor.ts";
import { assertAdmin } from "@/lib/auth/guards.ts";
import { recordAuditEvent } from "@/lib/audit/record-audit-event.ts";
import { ExpectedError, notFound } from "@/lib/errors.ts";
import { publishWorkshopChange } from "./publish-workshop-change.ts";

export const ZWorkshopIdInput = z.object({ workshopId: z.string().min(1).max(64) });

/** The facilitator opens the session: members can join, the first step is on screen, its timer ready. */
export async function openWorkshop({ actor, input }: { actor: TActor; input: z.infer<typeof ZWorkshopIdInput> }) {
  const admin = assertAdmin(actor);
  await db.$transaction(async (tx) => {
    const { count } = await tx.workshop.updateMany({
      where: { id: input.workshopId, status: "DRAFT" },
      data: { status: "OPEN", openedAt: new Date(), currentStep: 0, timerStartedAt: null, timerElapsedMs: 0 },
    });
    if (count === 0) {
      const exists = await tx.workshop.count({ where: { id: input.workshopId } });
      throw exists ? new ExpectedError("CONFLICT", "Cet atelier est déjà ouvert ou clos.") : notFound("Atelier");
    }
    await recordAuditEvent(tx, {
      actor: admin,
      action: "workshop.open",
      targetType: "workshop",
      targetId: input.workshopId,
    });
  });
  await publishWorkshopChange(input.workshopId);
}
