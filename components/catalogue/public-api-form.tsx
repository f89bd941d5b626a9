"use client";
import { useRouter } from "next/navigation";
import { useAction } from "next-safe-action/hooks";
import { useState, type FormEvent } from "react";
import { savePublicApiAction } from "@/lib/catalogue/actions.ts";
import { AVAILABILITY_LABELS, HABILITATION_LABELS } from "@/lib/catalogue/labels.ts";
import { CheckboxField, SelectField, TextAreaField, TextField } from "@/components/forms/form-fields.tsx";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { FormAlert } from "@/components/forms/form-alert.tsx";
import { fieldErrorsOf } from "@/lib/action-result.ts";

export type TPublicApiFormValues = {
  id: string;
  version: number;
  name: string;
  provider: string;
  description: string;
  documentationUrl: string | null;
  hypothetical: boolean;
  habilitation: string | null;
  habilitationUrl: string | null;
  habilitationDetails: string | null;
  availability: string | null;
  availabilitySource: string | null;
  availabilityCheckedOn: Date | null;
};

export function PublicApiForm({ api }: { api?: TPublicApiFormValues }) {
  const router = useRouter();
  const [name, setName] = useState(api?.name ?? "");
  const [provider, setProvider] = useState(api?.provider ?? "");
  const [description, setDescription] = useState(api?.description ?? "");
  const [documentationUrl, setDocumentationUrl] = useState(api?.documentationUrl ?? "");
  const [hypothetical, setHypothetical] = useState(api?.hypothetical ?? false);
  const [habilitation, setHabilitation] = useState(api?.habilitation ?? "");
  const [habilitationUrl, setHabilitationUrl] = useState(api?.habilitationUrl ?? "");
  const [habilitationDetails, setHabilitationDetails] = useState(api?.habilitationDetails ?? "");
  const [availability, setAvailability] = useState(api?.availability ?? "");
  const [availabilitySource, setAvailabilitySource] = useState(api?.availabilitySource ?? "");
  const [availabilityCheckedOn, setAvailabilityCheckedOn] = useState(
    api?.availabilityCheckedOn?.toISOString().slice(0, 10) ?? "",
  );
  const { execute, result, isPending } = useAction(savePublicApiAction, {
    onSuccess: ({ data }) => data && router.push(`/api-publiques/${data.slug}`),
  });
  const errors = fieldErrorsOf(result);

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    execute({
      id: api?.id,
      expectedVersion: api?.version,
      name,
      provider,
      description,
      documentationUrl,
      hypothetical,
      habilitation: habilitation as never,
      habilitationUrl,
      habilitationDetails,
      availability: availability as never,
      availabilitySource,
      availabilityCheckedOn,
    });
  }

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-5 rounded border border-gray-200 bg-white p-6">
      <FormAlert result={result} />
      <TextField id="api-nom" label="Nom" value={name} onChange={setName} maxLength={160} errors={errors?.name} />
      <TextField
        id="api-producteur"
        label="Producteur"
        value={provider}
        onChange={setProvider}
        maxLength={200}
        errors={errors?.provider}
        hint="L'administration qui produit et expose l'API."
      />
      <TextAreaField
        id="api-description"
        label="Description"
        value={description}
        onChange={setDescription}
        rows={3}
        maxLength={2000}
        errors={errors?.description}
      />
      <TextField
        id="api-documentation"
        type="url"
        label="Documentation (facultatif)"
        value={documentationUrl}
        onChange={setDocumentationUrl}
        maxLength={500}
        errors={errors?.documentationUrl}
        hint="Adresse https:// de la documentation publique."
      />
      <CheckboxField
        id="api-hypothetique"
        label="API hypothétique"
        checked={hypothetical}
        onChange={setHypothetical}
        errors={errors?.hypothetical}
        hint="Aucune API publique n'existe encore : le démonstrateur montre seulement ce qu'elle changerait."
      />
      <fieldset className="space-y-4">
        <legend className="mb-1 text-lg font-semibold">Habilitation</legend>
        <SelectField
          id="api-habilitation"
          label="Procédure d'habilitation"
          value={habilitation}
          onChange={setHabilitation}
          errors={errors?.habilitation}
          options={[["", "Non renseignée"], ...Object.entries(HABILITATION_LABELS)]}
        />
        <TextField
          id="api-habilitation-lien"
          type="url"
          label="Lien vers la procédure (facultatif)"
          value={habilitationUrl}
          onChange={setHabilitationUrl}
          maxLength={500}
          errors={errors?.habilitationUrl}
        />
        <TextAreaField
          id="api-habilitation-detail"
          label="Qui la demande et comment (facultatif)"
          value={habilitationDetails}
          onChange={setHabilitationDetails}
          rows={2}
          maxLength={1000}
          errors={errors?.habilitationDetails}
        />
      </fieldset>
      <fieldset className="space-y-4">
        <legend className="mb-1 text-lg font-semibold">Disponibilité</legend>
        <SelectField
          id="api-disponibilite"
          label="Disponibilité de l'API"
          value={availability}
          onChange={setAvailability}
          errors={errors?.availability}
          options={[["", "Non renseignée"], ...Object.entries(AVAILABILITY_LABELS)]}
        />
        <TextField
          id="api-disponibilite-source"
          label="Source (facultatif)"
          value={availabilitySource}
          onChange={setAvailabilitySource}
          maxLength={300}
          errors={errors?.availabilitySource}
          hint="Page ou document du producteur qui l'établit. Sans source, la disponibilité est affichée comme une estimation du groupe, avec votre nom."
        />
        <TextField
          id="api-disponibilite-date"
          label="Vérifiée le (AAAA-MM-JJ, facultatif)"
          value={availabilityCheckedOn}
          onChange={setAvailabilityCheckedOn}
          maxLength={10}
          errors={errors?.availabilityCheckedOn}
        />
      </fieldset>
      <div className="flex flex-wrap items-center gap-4">
        <Button type="submit" disabled={isPending}>
          {api ? "Enregistrer les modifications" : "Ajouter l'API"}
        </Button>
      </div>
    </form>
  );
}
