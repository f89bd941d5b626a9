import { z } from "zod";
import { db } from "@/lib/db/client.ts";
import type { Db } from "@/lib/db/create-client.ts";
import type { TActor } from "@/lib/auth/actor.ts";
import { recordAuditEvent } from "@/lib/audit/record-audit-event.ts";
import { ExpectedError, notFound } from "@/lib/errors.ts";
import { uniqueSlug } from "@/lib/slugify.ts";
import { IRRITANT_CATEGORIES } from "./labels.ts";
import { addReportedCard } from "@/lib/board/add-reported-card.ts";
import { publishLiveEvent } from "@/lib/live/live-events.ts";
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
  ZSlugList,
} from "./catalogue-input.ts";

export const ZSaveIrritantInput = z.object({
  /** Absent: a new irritant. */
  id: ZEntryId.optional(),
  expectedVersion: ZExpectedVersion.optional(),
  title: requiredText("Le titre", 5, 200),
  description: requiredText("La description", 10, 5000),
  category: z.enum(IRRITANT_CATEGORIES, { message: "Choisissez une catégorie." }),
  paths: ZPaths,
  /** One quote per line, as heard in a workshop. */
  quotes: optionalText("Les verbatims", 3000).transform((text) =>
    (text ?? "")
      .split("\n")
      .map((line) => line.trim())
      .filter(Boolean),
  ),
  dataItems: ZSlugList,
  schemes: ZSlugList,
});
export type TSaveIrritantInput = z.input<typeof ZSaveIrritantInput>;
type TParsed = z.output<typeof ZSaveIrritantInput>;
type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

/** What the history compares: the editable values, links by slug. */
const irritantValues = (irritant: {
  title: string;
  description: string;
  category: string;
  paths: string[];
  quotes: string[];
  dataItems: string[];
  schemes: string[];
}) => ({
  title: irritant.title,
  description: irritant.description,
  category: irritant.category,
  paths: [...irritant.paths].sort(),
  quotes: irritant.quotes,
  dataItems: [...irritant.dataItems].sort(),
  schemes: [...irritant.schemes].sort(),
});

/** Linked entries must exist and be in the catalogue (a retired one stays linked only if it already was). */
export async function resolveDataItems(tx: Tx, slugs: string[], alreadyLinked: string[] = []) {
  const items = await tx.dataItem.findMany({
    where: { slug: { in: slugs } },
    select: { id: true, slug: true, retiredAt: true },
  });
  const usable = items.filter((item) => !item.retiredAt || alreadyLinked.includes(item.slug));
  if (usable.length !== slugs.length)
    throw new ExpectedError(
      "INVALID_INPUT",
      "Une donnée liée n'existe pas ou a été retirée du catalogue : rien n'a été enregistré.",
    );
  return usable;
}

export async function resolveSchemes(tx: Tx, slugs: string[], alreadyLinked: string[] = []) {
  const schemes = await tx.fundingScheme.findMany({
    where: { slug: { in: slugs } },
    select: { id: true, slug: true, retiredAt: true },
  });
  const usable = schemes.filter((scheme) => !scheme.retiredAt || alreadyLinked.includes(scheme.slug));
  if (usable.length !== slugs.length)
    throw new ExpectedError(
      "INVALID_INPUT",
      "Un dispositif lié n'existe pas ou a été retiré du catalogue : rien n'a été enregistré.",
    );
  return usable;
}

/**
 * Members report a new irritant (its card goes to « Signalé ») or edit one; every change is kept in its history and
 * audited.
 */
export async function saveIrritant({ actor: member, input }: { actor: TActor; input: TParsed }) {
  const saved = await db.$transaction((tx) => writeIrritant(tx, { member, input }));
  // Open boards show the new card in « Signalé » (after the commit: a refused report reaches no one).
  if (saved.created) await publishLiveEvent({ type: "board.changed" });
  return saved;
}

/**
 * The write itself, in the caller's transaction: the form's, or a spreadsheet import's (all its rows in one).
 * The caller publishes `board.changed` after its commit when an entry was created.
 */
export async function writeIrritant(tx: Tx, { member, input }: { member: TActor; input: TParsed }) {
  const values = {
    title: input.title,
    description: input.description,
    category: input.category,
    paths: input.paths,
    quotes: input.quotes,
  };
  if (!input.id) {
    const dataItems = await resolveDataItems(tx, input.dataItems);
    const schemes = await resolveSchemes(tx, input.schemes);
    const slug = await uniqueSlug(
      input.title,
      "irritant",
      async (candidate) =>
        RESERVED_SLUGS.has(candidate) ||
        Boolean(await tx.irritant.findUnique({ where: { slug: candidate }, select: { id: true } })),
    );
    const irritant = await tx.irritant.create({
      data: {
        ...values,
        slug,
        dataItems: { create: dataItems.map((item) => ({ dataItemId: item.id })) },
        schemes: { create: schemes.map((scheme) => ({ schemeId: scheme.id })) },
      },
      select: { id: true, slug: true },
    });
    await recordCatalogueChange(tx, {
      kind: "IRRITANT",
      entryId: irritant.id,
      action: "create",
      actor: member,
      before: null,
      after: irritantValues({ ...values, dataItems: input.dataItems, schemes: input.schemes }),
    });
    await recordAuditEvent(tx, {
      actor: member,
      action: "irritant.create",
      targetType: "irritant",
      targetId: irritant.id,
      data: { slug },
    });
    await addReportedCard(tx, { actor: member, irritantId: irritant.id });
    return { ...irritant, created: true };
  }
  const current = await tx.irritant.findUnique({
    where: { id: input.id },
    select: {
      id: true,
      slug: true,
      version: true,
      retiredAt: true,
      title: true,
      description: true,
      category: true,
      paths: true,
      quotes: true,
      dataItems: { select: { dataItem: { select: { slug: true } } } },
      schemes: { select: { scheme: { select: { slug: true } } } },
    },
  });
  if (!current) throw notFound("Irritant");
  if (current.retiredAt) throw retiredEntryError();
  if (input.expectedVersion == null || current.version !== input.expectedVersion) throw staleEntryError();
  const linked = current.dataItems.map(({ dataItem }) => dataItem.slug);
  const dataItems = await resolveDataItems(tx, input.dataItems, linked);
  const linkedSchemes = current.schemes.map(({ scheme }) => scheme.slug);
  const schemes = await resolveSchemes(tx, input.schemes, linkedSchemes);
  // The version check is repeated in the write itself: of two edits on one version, only one wins.
  const updated = await tx.irritant.updateMany({
    where: { id: current.id, version: current.version },
    data: { ...values, version: { increment: 1 } },
  });
  if (updated.count !== 1) throw staleEntryError();
  await tx.irritantDataItem.deleteMany({ where: { irritantId: current.id } });
  await tx.irritantDataItem.createMany({
    data: dataItems.map((item) => ({ irritantId: current.id, dataItemId: item.id })),
  });
  await tx.irritantFundingScheme.deleteMany({ where: { irritantId: current.id } });
  await tx.irritantFundingScheme.createMany({
    data: schemes.map((scheme) => ({ irritantId: current.id, schemeId: scheme.id })),
  });
  const changes = await recordCatalogueChange(tx, {
    kind: "IRRITANT",
    entryId: current.id,
    action: "update",
    actor: member,
    before: irritantValues({ ...current, dataItems: linked, schemes: linkedSchemes }),
    after: irritantValues({ ...values, dataItems: input.dataItems, schemes: input.schemes }),
  });
  await recordAuditEvent(tx, {
    actor: member,
    action: "irritant.update",
    targetType: "irritant",
    targetId: current.id,
    data: { fields: Object.keys(changes) },
  });
  return { id: current.id, slug: current.slug, created: false };
}
