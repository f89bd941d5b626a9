"use client";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useAction } from "next-safe-action/hooks";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Checkbox } from "@codegouvfr/react-dsfr/Checkbox";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { FormAlert } from "@/components/forms/form-alert.tsx";
import { TextField, fieldState, invalid } from "@/components/forms/form-fields.tsx";
import { createWorkshopAction } from "@/lib/workshops/actions.ts";
import { DEFAULT_STEP_MINUTES, STEP_KINDS, STEP_LABELS, type TStepKind } from "@/lib/workshops/workshop-steps.ts";
import { fieldErrorsOf } from "@/lib/action-result.ts";

/** Admins prepare a session: title, date and the duration of each step of the agenda. */
export function CreateWorkshopForm({ defaultDate }: { defaultDate: string }) {
  const router = useRouter();
  const create = useAction(createWorkshopAction, {
    onSuccess: ({ data }) => data && router.push(`/ateliers/${data.id}/animation`),
  });
  const [title, setTitle] = useState("");
  const [scheduledAt, setScheduledAt] = useState(defaultDate);
  const [steps, setSteps] = useState(
    STEP_KINDS.map((kind) => ({ kind, included: true, minutes: String(DEFAULT_STEP_MINUTES[kind]) })),
  );
  const update = (kind: TStepKind, change: Partial<(typeof steps)[number]>) =>
    setSteps(steps.map((step) => (step.kind === kind ? { ...step, ...change } : step)));
  const errors = fieldErrorsOf(create.result);
  return (
    <form
      className="space-y-4 rounded border border-gray-200 bg-white p-4"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        create.execute({
          title,
          scheduledAt: new Date(scheduledAt),
          agenda: steps
            .filter((step) => step.included)
            .map((step) => ({ kind: step.kind, minutes: Number(step.minutes) })),
        });
      }}
    >
      <h2 className="text-2xl">Préparer un atelier</h2>
      <FormAlert result={create.result} />
      <TextField
        id="atelier-titre"
        label="Titre"
        value={title}
        onChange={setTitle}
        maxLength={120}
        errors={errors?.title}
      />
      <Input
        className="max-w-xs"
        label="Date et heure"
        {...fieldState(errors?.scheduledAt)}
        nativeInputProps={{
          id: "atelier-date",
          type: "datetime-local",
          value: scheduledAt,
          onChange: (event) => setScheduledAt(event.target.value),
          "aria-invalid": invalid(errors?.scheduledAt),
        }}
      />
      <fieldset className="fr-fieldset" aria-describedby={errors?.agenda?.length ? "atelier-ordre-erreur" : undefined}>
        <legend className="fr-fieldset__legend">Ordre du jour (durée du minuteur de chaque étape)</legend>
        {errors?.agenda?.length ? (
          <p id="atelier-ordre-erreur" className="fr-message fr-message--error w-full">
            {errors.agenda.join(" ")}
          </p>
        ) : null}
        {steps.map((step) => (
          <div key={step.kind} className="fr-fieldset__element flex flex-wrap items-center gap-3">
            <Checkbox
              small
              className="fr-mb-0"
              options={[
                {
                  label: STEP_LABELS[step.kind],
                  nativeInputProps: {
                    checked: step.included,
                    onChange: (event) => update(step.kind, { included: event.target.checked }),
                  },
                },
              ]}
            />
            <Input
              className="fr-mb-0 w-24"
              hideLabel
              label={`Durée de l'étape ${STEP_LABELS[step.kind]} en minutes`}
              disabled={!step.included}
              nativeInputProps={{
                type: "number",
                min: 1,
                max: 240,
                value: step.minutes,
                onChange: (event) => update(step.kind, { minutes: event.target.value }),
              }}
            />
            <span aria-hidden="true">min</span>
          </div>
        ))}
      </fieldset>
      <Button type="submit" disabled={create.isPending}>
        Créer l&apos;atelier
      </Button>
    </form>
  );
}
