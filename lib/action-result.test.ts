import { describe, expect, it } from "vitest";
import {
  ActionFailure,
  actionErrorMessages,
  actionFailureOf,
  fieldErrorsOf,
  unwrapActionResult,
  type TActionResult,
} from "./action-result.ts";

const FALLBACK = "L'opération n'a pas pu être enregistrée.";

function failureOf(run: () => unknown): ActionFailure {
  try {
    run();
  } catch (error) {
    if (error instanceof ActionFailure) return error;
    throw error;
  }
  throw new Error("expected an ActionFailure");
}

describe("unwrapping an action result", () => {
  it("gives the data of a success, whatever its shape", () => {
    expect(unwrapActionResult({ data: { id: "c1" } }, FALLBACK)).toEqual({ id: "c1" });
    expect(unwrapActionResult({ data: 0 }, FALLBACK)).toBe(0);
    expect(unwrapActionResult({ data: "" }, FALLBACK)).toBe("");
    expect(unwrapActionResult({ data: [] }, FALLBACK)).toEqual([]);
  });

  it("turns validation errors into INVALID_INPUT with the French message of each field", () => {
    const result: TActionResult = {
      validationErrors: {
        formErrors: [],
        fieldErrors: { title: ["Le titre doit compter au moins 5 caractères."], summary: undefined, note: [] },
      },
    };
    const failure = failureOf(() => unwrapActionResult(result, FALLBACK));
    expect(failure.code).toBe("INVALID_INPUT");
    expect(failure.fieldErrors).toEqual({ title: ["Le titre doit compter au moins 5 caractères."] });
    expect(failure.message).toBe("Le titre doit compter au moins 5 caractères.");
  });

  it("joins form-level and several field messages, in order", () => {
    const result: TActionResult = {
      validationErrors: {
        formErrors: ["Formulaire incomplet."],
        fieldErrors: { a: ["Champ A invalide."], b: ["Champ B invalide.", "Champ B trop long."] },
      },
    };
    expect(failureOf(() => unwrapActionResult(result, FALLBACK)).message).toBe(
      "Formulaire incomplet. Champ A invalide. Champ B invalide. Champ B trop long.",
    );
    expect(actionErrorMessages(result)).toEqual([
      "Formulaire incomplet.",
      "Champ A invalide.",
      "Champ B invalide.",
      "Champ B trop long.",
    ]);
  });

  it("turns a server error into a typed failure that keeps its code and details", () => {
    const result: TActionResult = {
      serverError: { code: "RATE_LIMITED", message: "Réessayez dans 2 minutes.", details: { retryAfterSeconds: 120 } },
    };
    const failure = failureOf(() => unwrapActionResult(result, FALLBACK));
    expect(failure).toBeInstanceOf(Error);
    expect(failure.message).toBe("Réessayez dans 2 minutes.");
    expect(failure.error.code === "RATE_LIMITED" && failure.error.details?.retryAfterSeconds).toBe(120);
    expect(actionErrorMessages(result)).toEqual(["Réessayez dans 2 minutes."]);
  });

  it("keeps the unexpected error's reference message", () => {
    const result: TActionResult = {
      serverError: { code: "INTERNAL", message: "Une erreur inattendue est survenue (référence r1)." },
    };
    expect(failureOf(() => unwrapActionResult(result, FALLBACK))).toMatchObject({
      code: "INTERNAL",
      message: "Une erreur inattendue est survenue (référence r1).",
    });
  });

  it("falls back to the hook's French message when nothing came back", () => {
    for (const result of [undefined, {}, { data: undefined }]) {
      expect(failureOf(() => unwrapActionResult(result, FALLBACK))).toMatchObject({
        code: "INTERNAL",
        message: FALLBACK,
      });
    }
  });

  it("reads no failure in a success, and no field errors where there are none", () => {
    expect(actionFailureOf({ data: { ok: true } })).toBeNull();
    expect(actionFailureOf(undefined)).toBeNull();
    expect(actionErrorMessages({})).toEqual([]);
    expect(fieldErrorsOf(undefined)).toEqual({});
  });
});
