import { z } from "zod";
import { db } from "@/lib/db/client.ts";
import type { TActor } from "@/lib/auth/actor.ts";
import { recordAuditEvent } from "@/lib/audit/record-audit-event.ts";
import { ExpectedError, notFound } from "@/lib/errors.ts";
import { recordCatalogueChange } from "./catalogue-history.ts";
import { optionalText, ZEntryId } from "./catalogue-input.ts";
import { API_USAGE_STATUSES } from "./labels.ts";

export const ZSetApiUsageInput = z.object({
  organisationId: ZEntryId,
  /** Slug of the public API. */
  publicApi: z.string({ message: "Choisissez une API." }).min(1, "Choisissez une API.").max(120, "API inconnue."),
  status: z.enum(API_USAGE_STATUSES, { message: "Choisissez un état : « utilise », « en cours » ou « pas encore »." }),
  note: optionalText("La note", 280),
});
export type TSetApiUsageInput = z.input<typeof ZSetApiUsageInput>;

/**
 * Sets one cell of the « qui utilise quoi » matrix. A member sets the row of
 * their own organisation only, an admin any row: the rule is checked here, on
 * the actor the session gives, whatever page or action calls it. Each change is
 * kept in the catalogue history (kind API_USAGE) and audited.
 */
export async function setApiUsage({
  actor: member,
  input,
}: {
  actor: TActor;
  input: z.output<typeof ZSetApiUsageInput>;
}) {
  if (member.role !== "ADMIN" && member.organisationId !== input.organisationId) {
    throw new ExpectedError(
      "FORBIDDEN",
      member.organisationId
        ? "Vous ne pouvez renseigner que la ligne de votre propre organisation."
        : "Votre compte n'est rattaché à aucune organisation : demandez à l'animation du groupe de vous y rattacher.",
    );
  }
  return db.$transaction(async (tx) => {
    const organisation = await tx.organisation.findUnique({
      where: { id: input.organisationId },
      select: { id: true },
    });
    if (!organisation) throw notFound("Organisation");
    const api = await tx.publicApi.findUnique({
      where: { slug: input.publicApi },
      select: { id: true, slug: true, retiredAt: true },
    });
    if (!api || api.retiredAt)
      throw new ExpectedError(
        "INVALID_INPUT",
        "Cette API n'existe pas ou a été retirée du catalogue : rien n'a été enregistré.",
      );
    // The row lock orders two members saving the same cell: each records the value it replaced.
    const [current] = await tx.$queryRaw<{ id: string; status: string; note: string | null }[]>`
      SELECT "id", "status"::text AS "status", "note" FROM "ApiUsage" WHERE "organisationId" = ${organisation.id} AND "publicApiId" = ${api.id} FOR UPDATE`;
    const values = { status: input.status, note: input.note };
    const saved = await tx.apiUsage.upsert({
      where: { organisationId_publicApiId: { organisationId: organisation.id, publicApiId: api.id } },
      create: {
        organisationId: organisation.id,
        publicApiId: api.id,
        ...values,
        updatedById: member.system ? null : member.id,
      },
      update: { ...values, updatedById: member.system ? null : member.id },
      select: { id: true },
    });
    const changes = await recordCatalogueChange(tx, {
      kind: "API_USAGE",
      entryId: saved.id,
      action: current ? "update" : "create",
      actor: member,
      before: current ? { status: current.status, note: current.note } : null,
      after: values,
    });
    await recordAuditEvent(tx, {
      actor: member,
      action: "api-usage.set",
      targetType: "api-usage",
      targetId: saved.id,
      data: {
        organisationId: organisation.id,
        publicApi: api.slug,
        status: input.status,
        fields: Object.keys(changes),
      },
    });
    return { publicApi: api.slug, changed: Object.keys(changes).length > 0 };
  });
}
