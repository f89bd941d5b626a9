import { z } from "zod";
import { db } from "@/lib/db/client.ts";
import type { TActor } from "@/lib/auth/actor.ts";
import { assertAdmin } from "@/lib/auth/guards.ts";
import { recordAuditEvent } from "@/lib/audit/record-audit-event.ts";
import { ExpectedError } from "@/lib/errors.ts";
import { ORGANISATION_TYPES } from "./organisation-types.ts";
import { uniqueSlug } from "@/lib/slugify.ts";
import { validateSiret, validateUai } from "@/lib/identifiers/identifiers.ts";
import { optionalIdentifier } from "@/lib/identifiers/identifier-field.ts";

export const ZSaveOrganisationInput = z.object({
  id: z.string().min(1).max(64).optional(),
  name: z
    .string()
    .trim()
    .min(2, "Le nom doit compter au moins 2 caractères.")
    .max(160, "Le nom dépasse 160 caractères."),
  type: z.enum(ORGANISATION_TYPES, { message: "Type d'organisation inconnu." }),
  siret: optionalIdentifier(validateSiret),
  uai: optionalIdentifier(validateUai),
});
export type TSaveOrganisationInput = z.infer<typeof ZSaveOrganisationInput>;

/** Creates an organisation, or updates it when `id` is given. */
export async function saveOrganisation({ actor, input }: { actor: TActor; input: TSaveOrganisationInput }) {
  const admin = assertAdmin(actor);
  return db.$transaction(async (tx) => {
    const clash = await tx.organisation.findFirst({
      where: { name: { equals: input.name, mode: "insensitive" }, ...(input.id ? { id: { not: input.id } } : {}) },
      select: { id: true },
    });
    if (clash) throw new ExpectedError("CONFLICT", `Une organisation s'appelle déjà « ${input.name} ».`);
    const data = { name: input.name, type: input.type, siret: input.siret ?? null, uai: input.uai ?? null };
    const organisation = input.id
      ? await tx.organisation.update({ where: { id: input.id }, data }).catch(() => {
          throw new ExpectedError("NOT_FOUND", "Organisation introuvable.");
        })
      : await tx.organisation.create({
          data: {
            ...data,
            slug: await uniqueSlug(input.name, "organisation", async (slug) =>
              Boolean(await tx.organisation.findUnique({ where: { slug }, select: { id: true } })),
            ),
          },
        });
    await recordAuditEvent(tx, {
      actor: admin,
      action: input.id ? "organisation.update" : "organisation.create",
      targetType: "organisation",
      targetId: organisation.id,
      data,
    });
    return organisation;
  });
}
