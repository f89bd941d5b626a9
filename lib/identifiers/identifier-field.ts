import { z } from "zod";

/**
 * An optional identifier field of a form: spaces removed and letters in
 * capitals, checked by one of the validators of identifiers.ts, whose French
 * message becomes the field's error. An empty field means none (undefined).
 */
export function optionalIdentifier(validate: (value: string) => string | null) {
  return z
    .string({ message: "Texte attendu." })
    .max(64, "Cet identifiant est trop long.")
    .transform((value) => value.replace(/\s/g, "").toUpperCase())
    .superRefine((value, context) => {
      const problem = value === "" ? null : validate(value);
      if (problem) context.addIssue({ code: "custom", message: problem });
    })
    .transform((value) => value || undefined)
    .optional();
}
