import { z } from "zod";
import { db } from "@/lib/db/client.ts";
import type { TActor } from "@/lib/auth/actor.ts";
import { requireMember } from "@/lib/auth/require-admin.ts";
import { recordAuditEvent } from "@/lib/audit/record-audit-event.ts";
import { notFound } from "@/lib/errors.ts";
import { uniqueSlug } from "@/lib/slugify.ts";
import { recordCatalogueChange } from "./catalogue-history.ts";
import { optionalText, requiredText, RESERVED_SLUGS, retiredEntryError, staleEntryError, ZEntryId, ZExpectedVersion } from "./catalogue-input.ts";

/** An https address, or nothing. */
export const optionalHttpsUrl = (label: string) =>
  optionalText(label, 500).refine((value) => {
    if (value === null) return true;
    try {
      return new URL(value).protocol === "https:";
    } catch {
      return false;
    }
  }, `${label} : adresse https:// complète attendue.`);

export const ZSavePublicApiInput = z.object({
  id: ZEntryId.optional(),
  expectedVersion: ZExpectedVersion.optional(),
  name: requiredText("Le nom", 2, 160),
  provider: requiredText("Le producteur", 2, 200),
  description: requiredText("La description", 10, 2000),
  documentationUrl: optionalHttpsUrl("La documentation"),
  hypothetical: z.boolean({ message: "Indiquez si l'API existe." }),
});
export type TSavePublicApiInput = z.input<typeof ZSavePublicApiInput>;
type TParsed = z.output<typeof ZSavePublicApiInput>;

const apiValues = (api: { name: string; provider: string; description: string; documentationUrl: string | null; hypothetical: boolean }) => ({
  name: api.name, provider: api.provider, description: api.description, documentationUrl: api.documentationUrl, hypothetical: api.hypothetical,
});

/** Members add a public API or edit one; every change is kept in its history and audited. */
export async function savePublicApi({ actor, input }: { actor: TActor | null; input: TParsed }) {
  const member = requireMember(actor);
  return db.$transaction(async (tx) => {
    const values = apiValues(input);
    if (!input.id) {
      const slug = await uniqueSlug(input.name, "api", async (candidate) => RESERVED_SLUGS.has(candidate) || Boolean(await tx.publicApi.findUnique({ where: { slug: candidate }, select: { id: true } })));
      const api = await tx.publicApi.create({ data: { ...values, slug }, select: { id: true, slug: true } });
      await recordCatalogueChange(tx, { kind: "PUBLIC_API", entryId: api.id, action: "create", actor: member, before: null, after: values });
      await recordAuditEvent(tx, { actor: member, action: "public-api.create", targetType: "public-api", targetId: api.id, data: { slug } });
      return { ...api, created: true };
    }
    const current = await tx.publicApi.findUnique({ where: { id: input.id }, select: { id: true, slug: true, version: true, retiredAt: true, name: true, provider: true, description: true, documentationUrl: true, hypothetical: true } });
    if (!current) throw notFound("API");
    if (current.retiredAt) throw retiredEntryError();
    if (current.version !== input.expectedVersion) throw staleEntryError();
    const updated = await tx.publicApi.updateMany({ where: { id: current.id, version: current.version }, data: { ...values, version: { increment: 1 } } });
    if (updated.count !== 1) throw staleEntryError();
    const changes = await recordCatalogueChange(tx, { kind: "PUBLIC_API", entryId: current.id, action: "update", actor: member, before: apiValues(current), after: values });
    await recordAuditEvent(tx, { actor: member, action: "public-api.update", targetType: "public-api", targetId: current.id, data: { fields: Object.keys(changes) } });
    return { id: current.id, slug: current.slug, created: false };
  });
}
