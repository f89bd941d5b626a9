"use client";
import { actionErrorMessages, type TActionResultErrors } from "@/lib/action-result.ts";

/**
 * Beside a button: the French message of an expected error or of the first invalid field, or the success, as DSFR
 * messages.
 */
export function ActionFeedback({
  result,
  success,
}: {
  result: TActionResultErrors | undefined;
  success?: string | null;
}) {
  const messages = actionErrorMessages(result);
  if (messages.length > 0) {
    return (
      <p role="alert" className="fr-message fr-message--error">
        {messages.join(" ")}
      </p>
    );
  }
  if (success) {
    return (
      <p role="status" className="fr-message fr-message--valid">
        {success}
      </p>
    );
  }
  return <p role="status" className="fr-sr-only" />;
}
