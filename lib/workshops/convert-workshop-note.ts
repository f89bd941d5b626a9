import { z } from "zod";
import { db } from "@/lib/db/client.ts";
import type { TActor } from "@/lib/auth/actor.ts";
import { assertAdmin } from "@/lib/auth/guards.ts";
import { recordAuditEvent } from "@/lib/audit/record-audit-event.ts";
import { ExpectedError, notFound } from "@/lib/errors.ts";
import { formatDate } from "@/lib/format.ts";
import { IRRITANT_CATEGORIES } from "@/lib/catalogue/labels.ts";
import { saveIrritant, ZSaveIrritantInput } from "@/lib/catalogue/save-irritant.ts";
import { publishWorkshopChange } from "./publish-workshop-change.ts";

export const ZConvertWorkshopNoteInput = z.object({
  workshopId: z.string().min(1).max(64),
  noteId: z.string().min(1).max(64),
  category: z.enum(IRRITANT_CATEGORIES, { message: "Choisissez une catégorie." }).default("AUTRE"),
});

/** A conversion that crashed half-way frees its note after this long. */
const CLAIM_TTL_MS = 60_000;

const oneLine = (text: string) => text.replace(/\s+/g, " ").trim();

/**
 * One gesture of the facilitator: a note (with the duplicates grouped under it as verbatims) becomes a
 * catalogue irritant through the catalogue's own save, so its history, its audit record and its card in
 * « Signalé » are those of any reported irritant. The note is claimed first, so that two presses make one irritant.
 */
export async function convertWorkshopNote({
  actor,
  input,
}: {
  actor: TActor;
  input: z.input<typeof ZConvertWorkshopNoteInput>;
}) {
  const admin = assertAdmin(actor);
  const { workshopId, noteId, category } = ZConvertWorkshopNoteInput.parse(input);
  const now = new Date();
  const { count } = await db.workshopNote.updateMany({
    where: {
      id: noteId,
      workshopId,
      irritantId: null,
      workshop: { status: "OPEN" },
      OR: [{ convertingAt: null }, { convertingAt: { lt: new Date(now.getTime() - CLAIM_TTL_MS) } }],
    },
    data: { convertingAt: now },
  });
  if (count === 0) {
    const note = await db.workshopNote.findFirst({
      where: { id: noteId, workshopId },
      select: { irritantId: true, workshop: { select: { status: true } } },
    });
    if (!note) throw notFound("Note");
    if (note.workshop.status !== "OPEN") throw new ExpectedError("CONFLICT", "Cet atelier n'est pas en cours.");
    throw new ExpectedError("CONFLICT", "Cette note est déjà devenue un irritant (ou est en train de l'être).");
  }
  try {
    const note = await db.workshopNote.findUniqueOrThrow({
      where: { id: noteId },
      select: {
        text: true,
        workshop: { select: { title: true, scheduledAt: true } },
        grouped: { select: { text: true }, orderBy: { createdAt: "asc" } },
      },
    });
    const text = oneLine(note.text);
    const quotes = [text, ...note.grouped.map((grouped) => oneLine(grouped.text))].join("\n").slice(0, 3000);
    const irritant = await saveIrritant({
      actor: admin,
      input: ZSaveIrritantInput.parse({
        title: text.length >= 5 ? text.slice(0, 200) : `Atelier : ${text}`,
        description: `${text}\n\nSignalé pendant l'atelier « ${note.workshop.title} » du ${formatDate(note.workshop.scheduledAt)}.`,
        category,
        paths: [],
        quotes,
        dataItems: [],
        schemes: [],
      }),
    });
    await db.$transaction(async (tx) => {
      await tx.workshopNote.update({ where: { id: noteId }, data: { irritantId: irritant.id, convertingAt: null } });
      await recordAuditEvent(tx, {
        actor: admin,
        action: "workshop.note-convert",
        targetType: "workshop-note",
        targetId: noteId,
        data: { irritantId: irritant.id },
      });
    });
    await publishWorkshopChange(workshopId);
    return { irritantId: irritant.id, slug: irritant.slug };
  } catch (error) {
    await db.workshopNote.updateMany({ where: { id: noteId, irritantId: null }, data: { convertingAt: null } });
    throw error;
  }
}
