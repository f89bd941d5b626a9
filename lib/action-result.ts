import type { TActionError } from "@/lib/action-client.ts";

/** What a next-safe-action call returns when it did not succeed. */
export type TActionResultErrors = {
  serverError?: TActionError;
  validationErrors?: { formErrors: string[]; fieldErrors: Record<string, string[] | undefined> };
};

/** The French messages of an action result: the expected error, then every invalid field. */
export function actionErrorMessages(result: TActionResultErrors | undefined): string[] {
  return [
    ...(result?.serverError ? [result.serverError.message] : []),
    ...(result?.validationErrors?.formErrors ?? []),
    ...Object.values(result?.validationErrors?.fieldErrors ?? {}).flatMap((errors) => errors ?? []),
  ];
}

/** Thrown by mutation hooks so that the UI can show the message and react to the code. */
export class ActionFailure extends Error {
  constructor(
    message: string,
    readonly code: TActionError["code"] | "INVALID_INPUT",
  ) {
    super(message);
    this.name = "ActionFailure";
  }
}

export function actionFailure(result: TActionResultErrors | undefined, fallback: string): ActionFailure {
  const messages = actionErrorMessages(result);
  return new ActionFailure(messages.length ? messages.join(" ") : fallback, result?.serverError?.code ?? (result?.validationErrors ? "INVALID_INPUT" : "INTERNAL"));
}
