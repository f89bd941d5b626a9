"use client";
import { actionErrorMessages, type TActionResultErrors } from "@/lib/action-result.ts";

/** Shows what an action returned: the French message of an expected error, or the first invalid field. */
export function ActionFeedback({ result, success }: { result: TActionResultErrors | undefined; success?: string | null }) {
  const messages = actionErrorMessages(result);
  if (messages.length > 0) {
    return (
      <p role="alert" className="text-sm font-medium text-[#ce0500]">
        {messages.join(" ")}
      </p>
    );
  }
  if (success) {
    return (
      <p role="status" className="text-sm font-medium text-succes">
        {success}
      </p>
    );
  }
  return <p role="status" className="sr-only" />;
}
