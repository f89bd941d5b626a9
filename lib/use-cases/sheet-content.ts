import { z } from "zod";

export const PATH_KINDS = ["PARTICULIER", "EMPLOYEUR", "ORGANISME_FORMATION"] as const;
export const ZPathKind = z.enum(PATH_KINDS);
export type TPathKind = z.infer<typeof ZPathKind>;

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
  solutions: z.array(ZSheetSolution).max(20),
  paths: z.array(ZSheetPath).max(3),
});
export type TSheetContent = z.infer<typeof ZSheetContent>;

export const SECTION_LABELS = {
  context: "Contexte et cadre juridique",
  problem: "Le problème à résoudre",
  ambition: "L'ambition",
  targetPublic: "Le public visé",
  benefits: "Les bénéfices attendus",
  actors: "Les acteurs impliqués",
} as const satisfies Partial<Record<keyof TSheetContent, string>>;
