"use client";
import { useRouter } from "next/navigation";
import { useAction } from "next-safe-action/hooks";
import { useState, type FormEvent } from "react";
import { saveDataItemAction } from "@/lib/catalogue/actions.ts";
import { AVAILABILITY_LABELS, EFFORT_LABELS } from "@/lib/catalogue/labels.ts";
import { PATH_KINDS, PATH_LABELS } from "@/lib/sheets/sheet-content.ts";
import { CheckboxGroupField, SelectField, TextAreaField, TextField } from "@/components/forms/form-fields.tsx";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { FormAlert } from "@/components/forms/form-alert.tsx";
import { fieldErrorsOf } from "@/lib/action-result.ts";

export type TDataItemFormValues = {
  id: string;
  version: number;
  name: string;
  definition: string;
  format: string | null;
  holder: string;
  publicApi: string | null;
  endpoint: string | null;
  scopes: string[];
  availability: string;
  effort: number;
  paths: string[];
};

export function DataItemForm({ item, apis }: { item?: TDataItemFormValues; apis: { slug: string; name: string }[] }) {
  const router = useRouter();
  const [name, setName] = useState(item?.name ?? "");
  const [definition, setDefinition] = useState(item?.definition ?? "");
  const [format, setFormat] = useState(item?.format ?? "");
  const [holder, setHolder] = useState(item?.holder ?? "");
  const [publicApi, setPublicApi] = useState(item?.publicApi ?? "");
  const [endpoint, setEndpoint] = useState(item?.endpoint ?? "");
  const [scopes, setScopes] = useState(item?.scopes.join(", ") ?? "");
  const [availability, setAvailability] = useState(item?.availability ?? "");
  const [effort, setEffort] = useState(item ? String(item.effort) : "");
  const [paths, setPaths] = useState<string[]>(item?.paths ?? []);
  const { execute, result, isPending } = useAction(saveDataItemAction, {
    onSuccess: ({ data }) => data && router.push(`/donnees/${data.slug}`),
  });
  const errors = fieldErrorsOf(result);

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    execute({
      id: item?.id,
      expectedVersion: item?.version,
      name,
      definition,
      format,
      holder,
      publicApi,
      endpoint,
      scopes,
      availability: availability as never,
      effort: effort === "" ? Number.NaN : Number(effort),
      paths: paths as never,
    });
  }

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-5 rounded border border-gray-200 bg-white p-6">
      <FormAlert result={result} />
      <TextField id="donnee-nom" label="Nom" value={name} onChange={setName} maxLength={160} errors={errors?.name} />
      <TextAreaField
        id="donnee-definition"
        label="Définition"
        value={definition}
        onChange={setDefinition}
        rows={3}
        maxLength={2000}
        errors={errors?.definition}
      />
      <TextField
        id="donnee-format"
        label="Format (facultatif)"
        value={format}
        onChange={setFormat}
        maxLength={200}
        errors={errors?.format}
        hint="Par exemple : montant en euros, date ISO 8601, code à 8 caractères."
      />
      <TextField
        id="donnee-detenteur"
        label="Détenteur"
        value={holder}
        onChange={setHolder}
        maxLength={200}
        errors={errors?.holder}
        hint="L'administration ou l'organisme qui détient la donnée."
      />
      <SelectField
        id="donnee-api"
        label="API qui la sert"
        value={publicApi}
        onChange={setPublicApi}
        errors={errors?.publicApi}
        options={[["", "Aucune API"], ...apis.map((api) => [api.slug, api.name] as [string, string])]}
      />
      <TextField
        id="donnee-point-acces"
        label="Point d'accès (facultatif)"
        value={endpoint}
        onChange={setEndpoint}
        maxLength={300}
        errors={errors?.endpoint}
        hint="Par exemple : GET /v3/urssaf/unites_legales/{siren}/attestation_vigilance"
      />
      <TextField
        id="donnee-scopes"
        label="Scopes à demander (facultatif)"
        value={scopes}
        onChange={setScopes}
        maxLength={1000}
        errors={errors?.scopes}
        hint="Les droits à cocher dans l'habilitation de l'API pour cette donnée, séparés par des virgules."
      />
      <SelectField
        id="donnee-disponibilite"
        label="Disponibilité (estimation du groupe)"
        value={availability}
        onChange={setAvailability}
        errors={errors?.availability}
        options={[["", "— Choisir —"], ...Object.entries(AVAILABILITY_LABELS)]}
      />
      <SelectField
        id="donnee-effort"
        label="Effort d'intégration (estimation du groupe)"
        value={effort}
        onChange={setEffort}
        errors={errors?.effort}
        options={[
          ["", "— Choisir —"],
          ...Object.entries(EFFORT_LABELS).map(([value, label]) => [value, `${value} — ${label}`] as [string, string]),
        ]}
      />
      <CheckboxGroupField
        id="donnee-parcours"
        label="Parcours concernés"
        value={paths}
        onChange={setPaths}
        errors={errors?.paths}
        options={PATH_KINDS.map((kind) => [kind, PATH_LABELS[kind]])}
      />
      <div className="flex flex-wrap items-center gap-4">
        <Button type="submit" disabled={isPending}>
          {item ? "Enregistrer les modifications" : "Ajouter la donnée"}
        </Button>
      </div>
    </form>
  );
}
