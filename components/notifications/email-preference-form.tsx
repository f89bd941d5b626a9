"use client";
import { useState } from "react";
import { useRouter } from "next/navigation";
import { useAction } from "next-safe-action/hooks";
import { RadioButtons } from "@codegouvfr/react-dsfr/RadioButtons";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { updateEmailPreferenceAction } from "@/lib/notifications/actions.ts";
import type { EmailNotifications } from "@/lib/generated/prisma/enums.ts";
import { ActionFeedback } from "@/components/ui/action-feedback.tsx";

const CHOICES: { value: EmailNotifications; label: string; hint: string }[] = [
  { value: "EACH", label: "Chaque notification", hint: "Un e-mail à chaque notification, au moment où elle arrive." },
  { value: "DAILY_DIGEST", label: "Un résumé quotidien", hint: "Un seul e-mail chaque matin vers 7 h, s'il y a du nouveau." },
  { value: "NONE", label: "Aucun e-mail", hint: "Les notifications restent sur cette page." },
];

export function EmailPreferenceForm({ current }: { current: EmailNotifications }) {
  const router = useRouter();
  const [choice, setChoice] = useState(current);
  const { execute, result, isPending, hasSucceeded } = useAction(updateEmailPreferenceAction, {
    onSuccess: () => router.refresh(),
  });
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        execute({ emailNotifications: choice });
      }}
    >
      <RadioButtons
        legend="Recevoir par e-mail"
        name="emailNotifications"
        options={CHOICES.map(({ value, label, hint }) => ({
          label,
          hintText: hint,
          nativeInputProps: { value, checked: choice === value, onChange: () => setChoice(value) },
        }))}
      />
      <Button type="submit" disabled={isPending}>
        Enregistrer mes préférences
      </Button>
      {hasSucceeded && choice === current && (
        <p role="status" className="fr-mt-2w">
          Préférences enregistrées.
        </p>
      )}
      <ActionFeedback result={result} />
    </form>
  );
}
