import { describe, expect, it } from "vitest";
import "@/lib/validation/french-errors.ts";
import { ZSaveIrritantInput } from "./save-irritant.ts";
import { ZSaveDataItemInput } from "./save-data-item.ts";
import { ZSavePublicApiInput } from "./save-public-api.ts";

const fieldErrors = (result: { error?: { flatten: () => { fieldErrors: Record<string, string[] | undefined> } } }) => result.error?.flatten().fieldErrors ?? {};

describe("catalogue form inputs", () => {
  it("name each invalid field of an empty irritant in French", () => {
    const errors = fieldErrors(ZSaveIrritantInput.safeParse({ title: " ", description: "", category: "", paths: [], quotes: "", dataItems: [], schemes: [] }));
    expect(errors).toEqual({
      title: ["Le titre : au moins 5 caractères."],
      description: ["La description : au moins 10 caractères."],
      category: ["Choisissez une catégorie."],
    });
  });

  it("name each invalid field of a data item and of an API", () => {
    expect(Object.keys(fieldErrors(ZSaveDataItemInput.safeParse({ name: "", definition: "", format: "", holder: "", publicApi: "", endpoint: "", availability: "PEUT-ETRE", effort: 9, paths: ["AILLEURS"] }))).sort())
      .toEqual(["availability", "definition", "effort", "holder", "name", "paths"]);
    expect(fieldErrors(ZSaveDataItemInput.safeParse({ name: "Heures", definition: "Les heures travaillées.", format: "", holder: "URSSAF", publicApi: "", endpoint: "", availability: "EN_COURS", effort: Number.NaN, paths: [] })).effort)
      .toEqual(["Choisissez un effort de 1 à 5."]);
    expect(fieldErrors(ZSavePublicApiInput.safeParse({ name: "", provider: "", description: "", documentationUrl: "ftp://x", hypothetical: "oui" })))
      .toMatchObject({ name: [expect.stringMatching(/^Le nom/)], provider: [expect.stringMatching(/^Le producteur/)], documentationUrl: ["La documentation : adresse https:// complète attendue."], hypothetical: ["Indiquez si l'API existe."] });
  });

  it("normalises what a member typed: trimmed text, one quote per line, empty optional fields as null, no duplicate links", () => {
    const irritant = ZSaveIrritantInput.parse({ title: "  Douze bulletins de salaire  ", description: "Trop de pièces à joindre.", category: "JUSTIFICATIF", paths: ["PARTICULIER", "PARTICULIER"], quotes: " Un \n\n Deux ", dataItems: ["a", "a", "b"], schemes: [] });
    expect(irritant).toMatchObject({ title: "Douze bulletins de salaire", paths: ["PARTICULIER"], quotes: ["Un", "Deux"], dataItems: ["a", "b"] });
    const item = ZSaveDataItemInput.parse({ name: "Heures", definition: "Les heures travaillées.", format: " ", holder: "URSSAF", publicApi: "", endpoint: "", availability: "EN_COURS", effort: "3", paths: [] });
    expect(item).toMatchObject({ format: null, publicApi: null, endpoint: null, effort: 3 });
  });
});
