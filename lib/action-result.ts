import type { TActionError } from "@/lib/action-client.ts";

/** What a next-safe-action call answers (flattened validation errors, lib/action-client.ts). */
export type TActionResult<T = unknown> = {
  data?: T;
  serverError?: TActionError;
  validationErrors?: { formErrors: string[]; fieldErrors: Record<string, string[] | undefined> };
};

/** The errors half of an action result: what forms and feedback messages read. */
export type TActionResultErrors = Omit<TActionResult, "data">;

/** Invalid fields, each with its French messages. */
export type TFieldErrors = Record<string, string[]>;

/**
 * Why an action did not succeed, the one way every hook and form reads it: the expected error with its
 * code and typed details (narrow on `error.code`), or INVALID_INPUT with the French message of each field.
 */
export class ActionFailure extends Error {
  constructor(
    readonly error: TActionError,
    readonly fieldErrors: TFieldErrors = {},
  ) {
    super(error.message);
    this.name = "ActionFailure";
  }

  get code(): TActionError["code"] {
    return this.error.code;
  }
}

/** Invalid fields of a result, without the empty entries zod leaves. */
export function fieldErrorsOf(result: TActionResultErrors | undefined): TFieldErrors {
  const entries = Object.entries(result?.validationErrors?.fieldErrors ?? {});
  return Object.fromEntries(entries.filter((entry): entry is [string, string[]] => Boolean(entry[1]?.length)));
}

/** The failure a result carries, or null when it succeeded. */
export function actionFailureOf(result: TActionResult | undefined): ActionFailure | null {
  if (result?.serverError) return new ActionFailure(result.serverError, fieldErrorsOf(result));
  if (!result?.validationErrors) return null;
  const fieldErrors = fieldErrorsOf(result);
  const messages = [...result.validationErrors.formErrors, ...Object.values(fieldErrors).flat()];
  return new ActionFailure({ code: "INVALID_INPUT", message: messages.join(" ") }, fieldErrors);
}

/** The French messages of a result: the expected error, then every invalid field (for feedback under a form). */
export function actionErrorMessages(result: TActionResultErrors | undefined): string[] {
  const failure = actionFailureOf(result);
  if (!failure) return [];
  return result?.serverError
    ? [failure.message, ...Object.values(failure.fieldErrors).flat()]
    : [...(result?.validationErrors?.formErrors ?? []), ...Object.values(failure.fieldErrors).flat()];
}

/**
 * The data of a successful action, or an ActionFailure thrown for the mutation to handle. `fallback` is
 * the French message when nothing came back (the request did not reach the server's action).
 */
export function unwrapActionResult<T>(result: TActionResult<T> | undefined, fallback: string): T {
  const failure = actionFailureOf(result);
  if (failure) throw failure;
  if (result?.data === undefined) throw new ActionFailure({ code: "INTERNAL", message: fallback });
  return result.data;
}
