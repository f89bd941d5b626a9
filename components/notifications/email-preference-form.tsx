"use client";
import { useState } from "react";
import { useRouter } from "next/navigation";
import { useAction } from "next-safe-action/hooks";
import { RadioButtons } from "@codegouvfr/react-dsfr/RadioButtons";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { updateEmailPreferenceAction } from "@/lib/notifications/actions.ts";
import { EmailNotifications, enumValues } from "@/lib/db/enums.ts";
import { EMAIL_NOTIFICATION_CHOICES } from "@/lib/notifications/email-notification-choices.ts";
import { ActionFeedback } from "@/components/ui/action-feedback.tsx";

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
        options={enumValues(EmailNotifications).map((value) => ({
          label: EMAIL_NOTIFICATION_CHOICES[value].label,
          hintText: EMAIL_NOTIFICATION_CHOICES[value].hint,
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
