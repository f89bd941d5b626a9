import { z } from "zod";
import { WorkshopItemKind } from "@/lib/db/enums.ts";
import { db } from "@/lib/db/client.ts";
import type { TActor } from "@/lib/auth/actor.ts";
import { assertAdmin } from "@/lib/auth/guards.ts";
import { recordAuditEvent } from "@/lib/audit/record-audit-event.ts";
import { ExpectedError } from "@/lib/errors.ts";
import { findOpenWorkshop } from "./find-workshop.ts";
import { publishWorkshopChange } from "./publish-workshop-change.ts";
import { LINK_TYPES, resolveLinks } from "./workshop-links.ts";

const ZOptionalId = z
  .string()
  .max(64)
  .nullish()
  .transform((value) => value || null);

export const ZRecordWorkshopItemInput = z
  .object({
    workshopId: z.string().min(1).max(64),
    kind: z.enum(WorkshopItemKind, { message: "Décision ou action ?" }),
    text: z
      .string()
      .trim()
      .min(5, "Le texte fait au moins 5 caractères.")
      .max(500, "Le texte fait au plus 500 caractères."),
    ownerUserId: ZOptionalId,
    ownerOrganisationId: ZOptionalId,
    /** A calendar day (AAAA-MM-JJ). */
    dueOn: z.iso
      .date({ message: "Échéance invalide (date attendue)." })
      .nullish()
      .or(z.literal("").transform(() => null)),
    linkType: z.enum(LINK_TYPES, { message: "Lien inconnu." }).nullish(),
    linkId: ZOptionalId,
  })
  .superRefine((input, context) => {
    if (input.kind === "ACTION") {
      if (!input.ownerUserId && !input.ownerOrganisationId)
        context.addIssue({
          code: "custom",
          path: ["ownerUserId"],
          message: "Une action a un responsable : un membre ou une organisation.",
        });
      if (!input.dueOn) context.addIssue({ code: "custom", path: ["dueOn"], message: "Une action a une échéance." });
    }
    if (input.ownerUserId && input.ownerOrganisationId)
      context.addIssue({
        code: "custom",
        path: ["ownerOrganisationId"],
        message: "Choisissez un membre ou une organisation, pas les deux.",
      });
    if (Boolean(input.linkType) !== Boolean(input.linkId))
      context.addIssue({ code: "custom", path: ["linkId"], message: "Choisissez ce à quoi l'élément se rapporte." });
  });
export type TRecordWorkshopItemInput = z.input<typeof ZRecordWorkshopItemInput>;

/** A decision or an action noted during the session, linked to a card, an irritant or a sheet. */
export async function recordWorkshopItem({ actor, input }: { actor: TActor; input: TRecordWorkshopItemInput }) {
  const admin = assertAdmin(actor);
  const parsed = ZRecordWorkshopItemInput.parse(input);
  const item = await db.$transaction(async (tx) => {
    await findOpenWorkshop(tx, parsed.workshopId);
    if (parsed.ownerUserId && !(await tx.user.count({ where: { id: parsed.ownerUserId, deactivatedAt: null } })))
      throw new ExpectedError("INVALID_INPUT", "Ce membre n'existe pas ou a été désactivé.");
    if (parsed.ownerOrganisationId && !(await tx.organisation.count({ where: { id: parsed.ownerOrganisationId } })))
      throw new ExpectedError("INVALID_INPUT", "Cette organisation n'existe pas.");
    if (
      parsed.linkType &&
      parsed.linkId &&
      !(await resolveLinks(tx, [{ type: parsed.linkType, id: parsed.linkId }])).size
    )
      throw new ExpectedError("INVALID_INPUT", "L'élément lié n'existe plus.");
    const item = await tx.workshopItem.create({
      data: {
        workshopId: parsed.workshopId,
        kind: parsed.kind,
        text: parsed.text,
        ownerUserId: parsed.ownerUserId,
        ownerOrganisationId: parsed.ownerOrganisationId,
        dueOn: parsed.dueOn ? new Date(`${parsed.dueOn}T00:00:00.000Z`) : null,
        linkType: parsed.linkType ?? null,
        linkId: parsed.linkId,
      },
      select: { id: true },
    });
    await recordAuditEvent(tx, {
      actor: admin,
      action: parsed.kind === "ACTION" ? "workshop.action" : "workshop.decision",
      targetType: "workshop-item",
      targetId: item.id,
      data: { workshopId: parsed.workshopId },
    });
    return item;
  });
  await publishWorkshopChange(parsed.workshopId);
  return item;
}
