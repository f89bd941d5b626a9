"use client";
import type { TActionError } from "@/lib/action-client.ts";

type Result = {
  serverError?: TActionError;
  validationErrors?: { formErrors: string[]; fieldErrors: Record<string, string[] | undefined> };
};

/** Shows what an action returned: the French message of an expected error, or the first invalid field. */
export function ActionFeedback({ result, success }: { result: Result | undefined; success?: string | null }) {
  const messages = [
    ...(result?.serverError ? [result.serverError.message] : []),
    ...(result?.validationErrors?.formErrors ?? []),
    ...Object.values(result?.validationErrors?.fieldErrors ?? {}).flatMap((errors) => errors ?? []),
  ];
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
