"use client";
import { useAction } from "next-safe-action/hooks";
import { useState, type FormEvent } from "react";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { saveOrganisationAction } from "@/lib/organisations/actions.ts";
import {
  ORGANISATION_TYPES,
  ORGANISATION_TYPE_LABELS,
  type TOrganisationType,
} from "@/lib/organisations/organisation-types.ts";
import { ActionFeedback } from "@/components/ui/action-feedback.tsx";
import { FormAlert } from "@/components/forms/form-alert.tsx";
import { SelectField, TextField } from "@/components/forms/form-fields.tsx";
import { fieldErrorsOf } from "@/lib/action-result.ts";

type Organisation = { id: string; name: string; type: TOrganisationType; siret: string | null; uai: string | null };

export function OrganisationForm({ organisation }: { organisation?: Organisation }) {
  const [name, setName] = useState(organisation?.name ?? "");
  const [type, setType] = useState<TOrganisationType>(organisation?.type ?? "AUTRE");
  const [siret, setSiret] = useState(organisation?.siret ?? "");
  const [uai, setUai] = useState(organisation?.uai ?? "");
  const { execute, result, isPending, hasSucceeded } = useAction(saveOrganisationAction, {
    onSuccess: () => {
      if (!organisation) {
        setName("");
        setSiret("");
        setUai("");
      }
    },
  });
  const errors = fieldErrorsOf(result);
  const prefix = organisation ? `organisation-${organisation.id}` : "organisation-nouvelle";

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    execute({ id: organisation?.id, name, type, siret, uai });
  }

  return (
    <form onSubmit={onSubmit} noValidate className="grid gap-3 md:grid-cols-[2fr_1fr_1fr_1fr_auto] md:items-start">
      <div className="md:col-span-5">
        <FormAlert result={result} />
      </div>
      <TextField id={`${prefix}-nom`} label="Nom" value={name} onChange={setName} errors={errors?.name} />
      <SelectField
        id={`${prefix}-type`}
        label="Type"
        value={type}
        onChange={(value) => setType(value as TOrganisationType)}
        errors={errors?.type}
        options={ORGANISATION_TYPES.map((value) => [value, ORGANISATION_TYPE_LABELS[value]])}
      />
      <TextField
        id={`${prefix}-siret`}
        label="SIRET (facultatif)"
        value={siret}
        onChange={setSiret}
        errors={errors?.siret}
      />
      <TextField
        id={`${prefix}-uai`}
        label="UAI (facultatif)"
        hint="Établissement de formation : 7 chiffres et une lettre."
        value={uai}
        onChange={setUai}
        errors={errors?.uai}
      />
      <Button type="submit" size="small" className="md:mt-8" disabled={isPending}>
        {organisation ? "Enregistrer" : "Ajouter"}
      </Button>
      <div className="md:col-span-5">
        <ActionFeedback
          result={undefined}
          success={hasSucceeded ? (organisation ? "Organisation enregistrée." : "Organisation ajoutée.") : null}
        />
      </div>
    </form>
  );
}
