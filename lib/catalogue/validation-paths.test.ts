import { describe, expect, it } from "vitest";
import { flattenWithPaths } from "./validation-paths.ts";

describe("flattenWithPaths", () => {
  it("keys each message by its full path, rows of a list included", () => {
    expect(
      flattenWithPaths({
        _errors: ["Formulaire invalide."],
        name: { _errors: ["Le nom : au moins 2 caractères."] },
        requirements: {
          _errors: [],
          0: { label: { _errors: ["L'intitulé : au moins 3 caractères."] } },
          2: { kind: { _errors: ["Pièce ou information ?"] }, label: { _errors: ["L'intitulé : texte attendu."] } },
        },
      }),
    ).toEqual({
      formErrors: ["Formulaire invalide."],
      fieldErrors: {
        name: ["Le nom : au moins 2 caractères."],
        "requirements.0.label": ["L'intitulé : au moins 3 caractères."],
        "requirements.2.kind": ["Pièce ou information ?"],
        "requirements.2.label": ["L'intitulé : texte attendu."],
      },
    });
  });
});
