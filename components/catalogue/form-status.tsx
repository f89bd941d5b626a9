"use client";
import { fieldErrorsOf, type TActionResultErrors } from "@/lib/action-result.ts";
import { plural } from "@/lib/format.ts";

/** Under the submit button: the expected error, or how many fields need correcting (each message sits beside its field). */
export function FormStatus({ result }: { result: TActionResultErrors | undefined }) {
  const invalid = Object.keys(fieldErrorsOf(result)).length;
  const messages = [
    ...(result?.serverError ? [result.serverError.message] : []),
    ...(result?.validationErrors?.formErrors ?? []),
    ...(invalid ? [`${invalid} champ${plural(invalid)} à corriger : rien n'a été enregistré.`] : []),
  ];
  return (
    <p role="alert" className="text-sm font-medium text-[#ce0500]">
      {messages.join(" ")}
    </p>
  );
}
