import { z } from "zod";
import { ZPathKind } from "@/lib/sheets/sheet-content.ts";
import { ExpectedError } from "@/lib/errors.ts";

/** Shared pieces of the catalogue forms' zod inputs, with French messages per field. */
export const requiredText = (label: string, min: number, max: number) =>
  z
    .string({ message: `${label} : texte attendu.` })
    .trim()
    .min(min, `${label} : au moins ${min} caractères.`)
    .max(max, `${label} : ${max} caractères au plus.`);

/** An optional text: an empty field is stored as null. */
export const optionalText = (label: string, max: number) =>
  z
    .string({ message: `${label} : texte attendu.` })
    .trim()
    .max(max, `${label} : ${max} caractères au plus.`)
    .transform((value) => value || null);

export const ZEntryId = z.string().min(1).max(64);
export const ZExpectedVersion = z.number({ message: "Version de départ manquante." }).int().min(1);

export const ZPaths = z
  .array(ZPathKind, { message: "Parcours inconnu." })
  .max(3)
  .transform((paths) => [...new Set(paths)]);

/** Slugs of other catalogue entries to link to. */
export const ZSlugList = z
  .array(z.string().min(1).max(120), { message: "Liste de liens invalide." })
  .max(50, "50 liens au plus.")
  .transform((slugs) => [...new Set(slugs)]);

export const staleEntryError = () =>
  new ExpectedError(
    "STALE",
    "Cette fiche du catalogue a été modifiée entre-temps par quelqu'un d'autre : rechargez la page pour repartir de la dernière version.",
  );

export const retiredEntryError = () =>
  new ExpectedError(
    "CONFLICT",
    "Cette entrée est retirée du catalogue : un administrateur doit la rétablir avant toute modification.",
  );

/** Page names under each catalogue address (/irritants/nouveau…): never given to an entry. */
export const RESERVED_SLUGS = new Set(["nouveau", "usages"]);
