import { z } from "zod";
import { enumValues, PathKind } from "@/lib/db/enums.ts";
import { ORGANISATION_TYPES } from "@/lib/organisations/organisation-types.ts";

export const PATH_KINDS = enumValues(PathKind);
export const ZPathKind = z.enum(PathKind);
export type TPathKind = PathKind;

export const PATH_LABELS: Record<TPathKind, string> = {
  PARTICULIER: "Demande portée par le particulier",
  EMPLOYEUR: "Demande portée par l'employeur",
  ORGANISME_FORMATION: "Demande portée par l'organisme de formation",
};

export const SOLUTION_STATUSES = ["PLANIFIEE", "EN_COURS", "REALISEE", "ABANDONNEE"] as const;
export const SOLUTION_STATUS_LABELS: Record<(typeof SOLUTION_STATUSES)[number], string> = {
  PLANIFIEE: "Planifiée",
  EN_COURS: "En cours",
  REALISEE: "Réalisée",
  ABANDONNEE: "Abandonnée",
};

const markdown = (max: number) => z.string().trim().max(max, `Ce texte dépasse ${max} caractères.`);

export const ZSheetPath = z.object({
  kind: ZPathKind,
  carriedBy: markdown(2_000),
  askedToday: markdown(10_000),
  dataHeld: markdown(10_000),
  target: markdown(10_000),
});

export const ZSheetSolution = z.object({
  name: z.string().trim().min(1, "Donnez un nom à la version.").max(200),
  targetDate: z.string().date("Date cible invalide (AAAA-MM-JJ).").nullable(),
  status: z.enum(SOLUTION_STATUSES),
  content: markdown(20_000),
});

/** The sections of a use-case sheet, in the order of simplifions.data.gouv.fr. */
export const ZSheetContent = z.object({
  context: markdown(20_000),
  problem: markdown(20_000),
  ambition: markdown(20_000),
  targetPublic: markdown(5_000),
  benefits: markdown(20_000),
  actors: markdown(5_000),
  solutions: z.array(ZSheetSolution).max(20, "20 versions au plus."),
  paths: z
    .array(ZSheetPath)
    .max(3)
    .refine(
      (paths) => new Set(paths.map((path) => path.kind)).size === paths.length,
      "Chaque parcours ne peut figurer qu'une fois.",
    ),
  actorTypes: z.array(z.enum(ORGANISATION_TYPES)).max(ORGANISATION_TYPES.length).default([]),
  // Slugs of the catalogue entries the sheet addresses; synced to the join tables on publication.
  irritants: z.array(z.string().max(120)).max(100).default([]),
  dataItems: z.array(z.string().max(120)).max(100).default([]),
});
export type TSheetContent = z.infer<typeof ZSheetContent>;

export const ZSheetHeader = z.object({
  title: z
    .string()
    .trim()
    .min(5, "Le titre doit compter au moins 5 caractères.")
    .max(200, "Le titre dépasse 200 caractères."),
  summary: z
    .string()
    .trim()
    .min(10, "La description courte doit compter au moins 10 caractères.")
    .max(600, "La description courte dépasse 600 caractères."),
});

export const SECTION_LABELS = {
  context: "Contexte et cadre juridique",
  problem: "Le problème à résoudre",
  ambition: "L'ambition",
  targetPublic: "Le public visé",
  benefits: "Les bénéfices attendus",
  actors: "Les acteurs impliqués",
} as const satisfies Partial<Record<keyof TSheetContent, string>>;
