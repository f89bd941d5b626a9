"use client";
import { useEffect, useRef } from "react";
import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { actionFailureOf, fieldErrorsOf, type TActionResultErrors } from "@/lib/action-result.ts";
import { plural } from "@/lib/format.ts";

/**
 * At the top of a form: the expected error, or how many fields need correcting (each message sits beside its field).
 * It takes the focus when it appears, so that a keyboard or screen reader user lands on it after submitting.
 */
export function FormAlert({
  result,
  besideFields,
}: {
  result: TActionResultErrors | undefined;
  besideFields?: readonly string[];
}) {
  const invalid = Object.entries(fieldErrorsOf(result));
  // A field the form shows no message beside (`besideFields` lists those it does) has its message here.
  const elsewhere = besideFields
    ? invalid.filter(([field]) => !besideFields.includes(field)).flatMap(([, errors]) => errors)
    : [];
  const messages = [
    ...(result?.serverError ? [actionFailureOf(result)?.message ?? ""] : []),
    ...(result?.validationErrors?.formErrors ?? []),
    ...elsewhere,
    ...(invalid.length
      ? [`${invalid.length} champ${plural(invalid.length)} à corriger : rien n'a été enregistré.`]
      : []),
  ];
  const text = messages.join(" ");
  const alert = useRef<HTMLDivElement>(null);
  // Each new result is a new submission: the same message again still deserves the focus. The DSFR's Alert takes no
  // tabIndex prop: it is set here, so that the alert itself (not a wrapper) is focused and read.
  useEffect(() => {
    if (!text || !alert.current) return;
    alert.current.tabIndex = -1;
    alert.current.focus();
  }, [result, text]);
  if (!text) return null;
  return <Alert ref={alert} severity="error" small description={text} role="alert" />;
}
