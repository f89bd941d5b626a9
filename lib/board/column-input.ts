import { z } from "zod";

export const ZColumnName = z
  .string()
  .trim()
  .min(2, "Le nom de la colonne doit faire au moins 2 caractères.")
  .max(60, "Le nom de la colonne ne doit pas dépasser 60 caractères.");
export const ZWipLimit = z
  .number({ message: "La limite doit être un nombre entier." })
  .int("La limite doit être un nombre entier.")
  .min(1, "La limite doit être d'au moins 1 carte.")
  .max(500, "La limite ne peut pas dépasser 500 cartes.")
  .nullable();
