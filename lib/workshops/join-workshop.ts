import { z } from "zod";
import { db } from "@/lib/db/client.ts";
import type { TActor } from "@/lib/auth/actor.ts";
import { recordAuditEvent } from "@/lib/audit/record-audit-event.ts";
import { ExpectedError, notFound } from "@/lib/errors.ts";
import type { Db } from "@/lib/db/create-client.ts";
import { publishWorkshopChange } from "./publish-workshop-change.ts";

export const ZJoinWorkshopInput = z.object({ workshopId: z.string().min(1).max(64) });
type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

/** Records a member as a participant once (joining twice changes nothing); true when newly joined. */
export async function addParticipant(
  tx: Tx,
  { workshopId, actor }: { workshopId: string; actor: TActor },
): Promise<boolean> {
  const inserted =
    await tx.$executeRaw`INSERT INTO "WorkshopParticipant" ("workshopId", "userId") VALUES (${workshopId}, ${actor.id}) ON CONFLICT DO NOTHING`;
  if (inserted > 0)
    await recordAuditEvent(tx, { actor, action: "workshop.join", targetType: "workshop", targetId: workshopId });
  return inserted > 0;
}

/** A member joins a running session (from its page or the QR code on the projector). */
export async function joinWorkshop({
  actor: member,
  input,
}: {
  actor: TActor;
  input: z.infer<typeof ZJoinWorkshopInput>;
}) {
  if (member.system) throw new ExpectedError("FORBIDDEN", "Seuls les membres du groupe participent aux ateliers.");
  const joined = await db.$transaction(async (tx) => {
    const workshop = await tx.workshop.findUnique({ where: { id: input.workshopId }, select: { status: true } });
    if (!workshop) throw notFound("Atelier");
    if (workshop.status !== "OPEN")
      throw new ExpectedError(
        "CONFLICT",
        workshop.status === "DRAFT" ? "Cet atelier n'est pas encore ouvert." : "Cet atelier est clos.",
      );
    return addParticipant(tx, { workshopId: input.workshopId, actor: member });
  });
  if (joined) await publishWorkshopChange(input.workshopId);
  return { joined };
}
