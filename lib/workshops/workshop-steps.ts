import { z } from "zod";
import { enumValues, WorkshopStepKind, type WorkshopStatus } from "@/lib/db/enums.ts";

export const STEP_KINDS = enumValues(WorkshopStepKind);
export type TStepKind = WorkshopStepKind;

export const STEP_LABELS: Record<TStepKind, string> = { COLLECT: "Collecte", VOTE: "Vote", DECISIONS: "Décisions" };
export const STEP_HINTS: Record<TStepKind, string> = {
  COLLECT: "Postez vos irritants et idées en quelques mots.",
  VOTE: "Votez sur les cartes proposées.",
  DECISIONS: "Les décisions et actions sont notées en direct.",
};
export const DEFAULT_STEP_MINUTES: Record<TStepKind, number> = { COLLECT: 15, VOTE: 10, DECISIONS: 20 };

export const STATUS_LABELS: Record<WorkshopStatus, string> = {
  DRAFT: "En préparation",
  OPEN: "En cours",
  CLOSED: "Clos",
};

/** A note is a sticky note: a few words, read from across the room. */
export const NOTE_MIN_LENGTH = 3;
export const NOTE_MAX_LENGTH = 280;

export const ZAgendaStep = z.object({
  kind: z.enum(STEP_KINDS, { message: "Étape inconnue." }),
  minutes: z
    .number({ message: "La durée doit être un nombre de minutes." })
    .int("La durée doit être un nombre entier de minutes.")
    .min(1, "Une étape dure au moins 1 minute.")
    .max(240, "Une étape dure au plus 240 minutes."),
});

export const ZAgenda = z
  .array(ZAgendaStep)
  .min(1, "L'ordre du jour compte au moins une étape.")
  .max(12, "L'ordre du jour compte au plus 12 étapes.");
