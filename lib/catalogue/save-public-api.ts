import { z } from "zod";
import { db } from "@/lib/db/client.ts";
import type { TActor } from "@/lib/auth/actor.ts";
import { recordAuditEvent } from "@/lib/audit/record-audit-event.ts";
import { notFound } from "@/lib/errors.ts";
import { uniqueSlug } from "@/lib/slugify.ts";
import type { Availability, HabilitationKind } from "@/lib/db/enums.ts";
import { recordCatalogueChange } from "./catalogue-history.ts";
import { AVAILABILITIES, HABILITATION_KINDS } from "./labels.ts";
import { PUBLIC_API_ENTRY_SELECT } from "./public-api-entry-select.ts";
import {
  optionalText,
  requiredText,
  RESERVED_SLUGS,
  retiredEntryError,
  staleEntryError,
  ZEntryId,
  ZExpectedVersion,
} from "./catalogue-input.ts";

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

/** A calendar day typed in a form (YYYY-MM-DD), not in the future; empty means none. */
const ZOptionalPastDay = (label: string) =>
  z
    .string({ message: `${label} : date attendue.` })
    .trim()
    .refine(
      (value) => value === "" || (/^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`))),
      `${label} : date au format AAAA-MM-JJ attendue.`,
    )
    .transform((value) => (value ? new Date(`${value}T00:00:00Z`) : null))
    .refine(
      (value) => value === null || value.getTime() <= Date.now(),
      `${label} : la date ne peut pas être dans le futur.`,
    );

export const ZSavePublicApiInput = z
  .object({
    id: ZEntryId.optional(),
    expectedVersion: ZExpectedVersion.optional(),
    name: requiredText("Le nom", 2, 160),
    provider: requiredText("Le producteur", 2, 200),
    description: requiredText("La description", 10, 2000),
    documentationUrl: optionalHttpsUrl("La documentation"),
    hypothetical: z.boolean({ message: "Indiquez si l'API existe." }),
    habilitation: z
      .enum([...HABILITATION_KINDS, ""], { message: "Procédure d'habilitation inconnue." })
      .transform((value) => value || null),
    habilitationUrl: optionalHttpsUrl("Le lien de la procédure"),
    habilitationDetails: optionalText("Le détail de la procédure", 1000),
    availability: z
      .enum([...AVAILABILITIES, ""], { message: "Disponibilité inconnue." })
      .transform((value) => value || null),
    availabilitySource: optionalText("La source", 300),
    availabilityCheckedOn: ZOptionalPastDay("La date de vérification"),
  })
  .superRefine((input, context) => {
    // A date says when a source was read: without the source it would read as a fact nobody can check.
    if (input.availabilityCheckedOn && !input.availabilitySource)
      context.addIssue({
        code: "custom",
        path: ["availabilitySource"],
        message: "La source : indiquez d'où vient la disponibilité datée.",
      });
    if (input.availabilitySource && !input.availability)
      context.addIssue({
        code: "custom",
        path: ["availability"],
        message: "Choisissez la disponibilité que cette source établit.",
      });
  });
export type TSavePublicApiInput = z.input<typeof ZSavePublicApiInput>;
type TParsed = z.output<typeof ZSavePublicApiInput>;

type TApiValues = {
  name: string;
  provider: string;
  description: string;
  documentationUrl: string | null;
  hypothetical: boolean;
  habilitation: HabilitationKind | null;
  habilitationUrl: string | null;
  habilitationDetails: string | null;
  availability: Availability | null;
  availabilitySource: string | null;
  availabilityCheckedOn: Date | null;
};
const apiValues = (api: TApiValues) => ({
  name: api.name,
  provider: api.provider,
  description: api.description,
  documentationUrl: api.documentationUrl,
  hypothetical: api.hypothetical,
  habilitation: api.habilitation,
  habilitationUrl: api.habilitationUrl,
  habilitationDetails: api.habilitationDetails,
  availability: api.availability,
  availabilitySource: api.availabilitySource,
  availabilityCheckedOn: api.availabilityCheckedOn,
});
/** The history stores the day as text, as it was typed. */
const historyValues = (api: TApiValues) => ({
  ...apiValues(api),
  availabilityCheckedOn: api.availabilityCheckedOn?.toISOString().slice(0, 10) ?? null,
});

/** Members add a public API or edit one; every change is kept in its history and audited. */
export async function savePublicApi({ actor: member, input }: { actor: TActor; input: TParsed }) {
  return db.$transaction(async (tx) => {
    const values = apiValues(input);
    if (!input.id) {
      const slug = await uniqueSlug(
        input.name,
        "api",
        async (candidate) =>
          RESERVED_SLUGS.has(candidate) ||
          Boolean(await tx.publicApi.findUnique({ where: { slug: candidate }, select: { id: true } })),
      );
      const api = await tx.publicApi.create({ data: { ...values, slug }, select: { id: true, slug: true } });
      await recordCatalogueChange(tx, {
        kind: "PUBLIC_API",
        entryId: api.id,
        action: "create",
        actor: member,
        before: null,
        after: historyValues(input),
      });
      await recordAuditEvent(tx, {
        actor: member,
        action: "public-api.create",
        targetType: "public-api",
        targetId: api.id,
        data: { slug },
      });
      return { ...api, created: true };
    }
    const current = await tx.publicApi.findUnique({
      where: { id: input.id },
      select: PUBLIC_API_ENTRY_SELECT,
    });
    if (!current) throw notFound("API");
    if (current.retiredAt) throw retiredEntryError();
    if (current.version !== input.expectedVersion) throw staleEntryError();
    const updated = await tx.publicApi.updateMany({
      where: { id: current.id, version: current.version },
      data: { ...values, version: { increment: 1 } },
    });
    if (updated.count !== 1) throw staleEntryError();
    const changes = await recordCatalogueChange(tx, {
      kind: "PUBLIC_API",
      entryId: current.id,
      action: "update",
      actor: member,
      before: historyValues(current),
      after: historyValues(input),
    });
    await recordAuditEvent(tx, {
      actor: member,
      action: "public-api.update",
      targetType: "public-api",
      targetId: current.id,
      data: { fields: Object.keys(changes) },
    });
    return { id: current.id, slug: current.slug, created: false };
  });
}
