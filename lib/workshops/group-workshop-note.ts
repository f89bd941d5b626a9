import { z } from "zod";
import { db } from "@/lib/db/client.ts";
import type { TActor } from "@/lib/auth/actor.ts";
import { assertAdmin } from "@/lib/auth/guards.ts";
import { recordAuditEvent } from "@/lib/audit/record-audit-event.ts";
import { ExpectedError, notFound } from "@/lib/errors.ts";
import { findOpenWorkshop } from "./find-workshop.ts";
import { publishWorkshopChange } from "./publish-workshop-change.ts";

export const ZGroupWorkshopNoteInput = z.object({
  workshopId: z.string().min(1).max(64),
  noteId: z.string().min(1).max(64),
  /** The note it duplicates; null takes it out of its group. */
  intoNoteId: z.string().min(1).max(64).nullable(),
});

/**
 * The facilitator groups a duplicate under another note (groups stay one level deep: grouping into a
 * grouped note goes to its head, and the notes grouped under the moved one follow it).
 */
export async function groupWorkshopNote({
  actor,
  input,
}: {
  actor: TActor;
  input: z.infer<typeof ZGroupWorkshopNoteInput>;
}) {
  const admin = assertAdmin(actor);
  await db.$transaction(async (tx) => {
    await findOpenWorkshop(tx, input.workshopId);
    const ids = [input.noteId, ...(input.intoNoteId ? [input.intoNoteId] : [])];
    const notes = await tx.workshopNote.findMany({
      where: { id: { in: ids }, workshopId: input.workshopId },
      select: { id: true, groupedIntoId: true },
    });
    if (notes.length !== new Set(ids).size) throw notFound("Note");
    const head = input.intoNoteId
      ? (notes.find((note) => note.id === input.intoNoteId)?.groupedIntoId ?? input.intoNoteId)
      : null;
    if (head === input.noteId)
      throw new ExpectedError("INVALID_INPUT", "Une note ne peut pas être regroupée avec elle-même.");
    await tx.workshopNote.update({ where: { id: input.noteId }, data: { groupedIntoId: head } });
    if (head)
      await tx.workshopNote.updateMany({ where: { groupedIntoId: input.noteId }, data: { groupedIntoId: head } });
    await recordAuditEvent(tx, {
      actor: admin,
      action: head ? "workshop.note-group" : "workshop.note-ungroup",
      targetType: "workshop-note",
      targetId: input.noteId,
      data: { into: head },
    });
  });
  await publishWorkshopChange(input.workshopId);
}
