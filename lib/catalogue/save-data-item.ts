import { z } from "zod";
import { db } from "@/lib/db/client.ts";
import type { Db } from "@/lib/db/create-client.ts";
import type { TActor } from "@/lib/auth/actor.ts";
import { recordAuditEvent } from "@/lib/audit/record-audit-event.ts";
import { ExpectedError, notFound } from "@/lib/errors.ts";
import { uniqueSlug } from "@/lib/slugify.ts";
import { addReportedCard } from "@/lib/board/add-reported-card.ts";
import { publishLiveEvent } from "@/lib/live/live-events.ts";
import { Availability } from "@/lib/db/enums.ts";
import { recordCatalogueChange } from "./catalogue-history.ts";
import {
  optionalText,
  requiredText,
  RESERVED_SLUGS,
  retiredEntryError,
  staleEntryError,
  ZEntryId,
  ZExpectedVersion,
  ZPaths,
} from "./catalogue-input.ts";

export const ZSaveDataItemInput = z.object({
  id: ZEntryId.optional(),
  expectedVersion: ZExpectedVersion.optional(),
  name: requiredText("Le nom", 3, 160),
  definition: requiredText("La définition", 10, 2000),
  format: optionalText("Le format", 200),
  holder: requiredText("Le détenteur", 2, 200),
  /** Slug of the API that serves it; empty when none does. */
  publicApi: optionalText("L'API", 120),
  endpoint: optionalText("Le point d'accès", 300),
  /** The API scopes to ask for this data item, separated by commas, spaces or lines. */
  scopes: optionalText("Les scopes", 1000)
    .transform((text) => [...new Set((text ?? "").split(/[\s,;]+/).filter(Boolean))])
    .refine(
      (scopes) => scopes.every((scope) => /^[A-Za-z0-9_.:/-]{1,100}$/.test(scope)),
      "Les scopes : lettres, chiffres et _ . : / - seulement, séparés par des virgules.",
    )
    .refine((scopes) => scopes.length <= 30, "Les scopes : 30 au plus."),
  availability: z.enum(Availability, { message: "Choisissez une disponibilité." }),
  effort: z.coerce
    .number({ message: "Choisissez un effort de 1 à 5." })
    .int("Choisissez un effort de 1 à 5.")
    .min(1, "Choisissez un effort de 1 à 5.")
    .max(5, "Choisissez un effort de 1 à 5."),
  paths: ZPaths,
});
type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];
export type TSaveDataItemInput = z.input<typeof ZSaveDataItemInput>;
type TParsed = z.output<typeof ZSaveDataItemInput>;

const dataItemValues = (
  item: Omit<TParsed, "id" | "expectedVersion" | "publicApi"> & { publicApi: string | null },
) => ({
  name: item.name,
  definition: item.definition,
  format: item.format,
  holder: item.holder,
  publicApi: item.publicApi,
  endpoint: item.endpoint,
  scopes: item.scopes,
  availability: item.availability,
  effort: item.effort,
  paths: [...item.paths].sort(),
});

/**
 * Members add a data item (its card goes to « Signalé ») or edit one; every change is kept in its history and audited.
 */
export async function saveDataItem({ actor: member, input }: { actor: TActor; input: TParsed }) {
  const saved = await db.$transaction((tx) => writeDataItem(tx, { member, input }));
  // Open boards show the new card in « Signalé » (after the commit: a refused report reaches no one).
  if (saved.created) await publishLiveEvent({ type: "board.changed" });
  return saved;
}

/**
 * The write itself, in the caller's transaction: the form's, or a spreadsheet import's (all its rows in one).
 * The caller publishes `board.changed` after its commit when an entry was created.
 */
export async function writeDataItem(tx: Tx, { member, input }: { member: TActor; input: TParsed }) {
  const current = input.id
    ? await tx.dataItem.findUnique({
        where: { id: input.id },
        select: {
          id: true,
          slug: true,
          version: true,
          retiredAt: true,
          name: true,
          definition: true,
          format: true,
          holder: true,
          endpoint: true,
          scopes: true,
          availability: true,
          effort: true,
          paths: true,
          publicApi: { select: { slug: true } },
        },
      })
    : null;
  if (input.id && !current) throw notFound("Donnée");
  if (current?.retiredAt) throw retiredEntryError();
  if (current && current.version !== input.expectedVersion) throw staleEntryError();
  const api = input.publicApi
    ? await tx.publicApi.findUnique({
        where: { slug: input.publicApi },
        select: { id: true, slug: true, retiredAt: true },
      })
    : null;
  if (input.publicApi && (!api || (api.retiredAt && current?.publicApi?.slug !== api.slug))) {
    throw new ExpectedError(
      "INVALID_INPUT",
      "L'API choisie n'existe pas ou a été retirée du catalogue : rien n'a été enregistré.",
    );
  }
  const values = {
    name: input.name,
    definition: input.definition,
    format: input.format,
    holder: input.holder,
    endpoint: input.endpoint,
    scopes: input.scopes,
    availability: input.availability,
    effort: input.effort,
    paths: input.paths,
    publicApiId: api?.id ?? null,
  };
  const after = dataItemValues({ ...input, publicApi: api?.slug ?? null });
  if (!current) {
    const slug = await uniqueSlug(
      input.name,
      "donnee",
      async (candidate) =>
        RESERVED_SLUGS.has(candidate) ||
        Boolean(await tx.dataItem.findUnique({ where: { slug: candidate }, select: { id: true } })),
    );
    const item = await tx.dataItem.create({ data: { ...values, slug }, select: { id: true, slug: true } });
    await recordCatalogueChange(tx, {
      kind: "DATA_ITEM",
      entryId: item.id,
      action: "create",
      actor: member,
      before: null,
      after,
    });
    await recordAuditEvent(tx, {
      actor: member,
      action: "data-item.create",
      targetType: "data-item",
      targetId: item.id,
      data: { slug },
    });
    await addReportedCard(tx, { actor: member, dataItemId: item.id });
    return { ...item, created: true };
  }
  const updated = await tx.dataItem.updateMany({
    where: { id: current.id, version: current.version },
    data: { ...values, version: { increment: 1 } },
  });
  if (updated.count !== 1) throw staleEntryError();
  const changes = await recordCatalogueChange(tx, {
    kind: "DATA_ITEM",
    entryId: current.id,
    action: "update",
    actor: member,
    before: dataItemValues({ ...current, publicApi: current.publicApi?.slug ?? null }),
    after,
  });
  await recordAuditEvent(tx, {
    actor: member,
    action: "data-item.update",
    targetType: "data-item",
    targetId: current.id,
    data: { fields: Object.keys(changes) },
  });
  return { id: current.id, slug: current.slug, created: false };
}
