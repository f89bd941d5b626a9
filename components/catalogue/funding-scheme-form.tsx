"use client";
import { useRouter } from "next/navigation";
import { useAction } from "next-safe-action/hooks";
import { useState, type FormEvent } from "react";
import { saveFundingSchemeAction } from "@/lib/catalogue/actions.ts";
import { PATH_KINDS, PATH_LABELS } from "@/lib/sheets/sheet-content.ts";
import { CheckboxGroupField, SelectField, TextAreaField, TextField } from "@/components/forms/form-fields.tsx";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { FormAlert } from "@/components/forms/form-alert.tsx";
import { fieldErrorsOf } from "@/lib/action-result.ts";

type TRequirement = { key: number; path: string; kind: string; label: string; replacedBy: string[] };
export type TFundingSchemeFormValues = {
  id: string;
  version: number;
  name: string;
  description: string;
  operator: string;
  paths: string[];
  source: string;
  requirements: { path: string; kind: string; label: string; replacedBy: { slug: string }[] }[];
};

const KIND_OPTIONS: [string, string][] = [
  ["DOCUMENT", "Pièce justificative"],
  ["DATA", "Information saisie"],
];

export function FundingSchemeForm({
  scheme,
  dataItems,
}: {
  scheme?: TFundingSchemeFormValues;
  dataItems: { slug: string; name: string }[];
}) {
  const router = useRouter();
  const [name, setName] = useState(scheme?.name ?? "");
  const [description, setDescription] = useState(scheme?.description ?? "");
  const [operator, setOperator] = useState(scheme?.operator ?? "");
  const [paths, setPaths] = useState<string[]>(scheme?.paths ?? []);
  const [source, setSource] = useState(scheme?.source ?? "");
  const [requirements, setRequirements] = useState<TRequirement[]>(
    scheme?.requirements.map((requirement, key) => ({
      ...requirement,
      key,
      replacedBy: requirement.replacedBy.map((item) => item.slug),
    })) ?? [],
  );
  const [nextKey, setNextKey] = useState(requirements.length);
  const { execute, result, isPending } = useAction(saveFundingSchemeAction, {
    onSuccess: ({ data }) => data && router.push(`/dispositifs/${data.slug}`),
  });
  const errors = fieldErrorsOf(result);

  const update = (key: number, change: Partial<TRequirement>) =>
    setRequirements((rows) => rows.map((row) => (row.key === key ? { ...row, ...change } : row)));
  function addRequirement() {
    setRequirements((rows) => [
      ...rows,
      { key: nextKey, path: paths[0] ?? "PARTICULIER", kind: "DOCUMENT", label: "", replacedBy: [] },
    ]);
    setNextKey((key) => key + 1);
  }

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    execute({
      id: scheme?.id,
      expectedVersion: scheme?.version,
      name,
      description,
      operator,
      paths: paths as never,
      source,
      requirements: requirements.map(({ path, kind, label, replacedBy }) => ({
        path: path as never,
        kind: kind as never,
        label,
        replacedBy,
      })),
    });
  }

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-5 rounded border border-gray-200 bg-white p-6">
      <FormAlert result={result} />
      <TextField
        id="dispositif-nom"
        label="Nom"
        value={name}
        onChange={setName}
        maxLength={160}
        errors={errors?.name}
        hint="Par exemple : Compte personnel de formation (CPF)."
      />
      <TextAreaField
        id="dispositif-description"
        label="Description"
        value={description}
        onChange={setDescription}
        rows={3}
        maxLength={3000}
        errors={errors?.description}
      />
      <TextField
        id="dispositif-financeur"
        label="Financeur ou gestionnaire"
        value={operator}
        onChange={setOperator}
        maxLength={200}
        errors={errors?.operator}
      />
      <CheckboxGroupField
        id="dispositif-parcours"
        label="Parcours par lesquels on le demande"
        value={paths}
        onChange={setPaths}
        errors={errors?.paths}
        options={PATH_KINDS.map((kind) => [kind, PATH_LABELS[kind]])}
      />
      <TextField
        id="dispositif-source"
        label="Source de la liste des demandes"
        value={source}
        onChange={setSource}
        maxLength={500}
        errors={errors?.source}
        hint="D'où vient ce qui est écrit : atelier, formulaire public, règlement…"
      />
      <fieldset>
        <legend className="mb-2 text-lg font-semibold">Ce que le dispositif demande aujourd'hui</legend>
        {errors?.requirements && <p className="fr-message fr-message--error mb-2">{errors.requirements.join(" ")}</p>}
        <ol className="space-y-4">
          {requirements.map((requirement, index) => {
            const prefix = `demande-${requirement.key}`;
            return (
              <li key={requirement.key} className="rounded border border-gray-200 p-4">
                <p className="mb-2 font-medium">Demande {index + 1}</p>
                <div className="grid gap-3 md:grid-cols-2">
                  <SelectField
                    id={`${prefix}-parcours`}
                    label="Parcours"
                    value={requirement.path}
                    onChange={(path) => update(requirement.key, { path })}
                    errors={errors?.[`requirements.${index}.path`]}
                    options={PATH_KINDS.map((kind) => [kind, PATH_LABELS[kind]])}
                  />
                  <SelectField
                    id={`${prefix}-type`}
                    label="Type"
                    value={requirement.kind}
                    onChange={(kind) => update(requirement.key, { kind })}
                    errors={errors?.[`requirements.${index}.kind`]}
                    options={KIND_OPTIONS}
                  />
                </div>
                <div className="mt-3">
                  <TextField
                    id={`${prefix}-intitule`}
                    label="Intitulé"
                    value={requirement.label}
                    onChange={(label) => update(requirement.key, { label })}
                    maxLength={300}
                    errors={errors?.[`requirements.${index}.label`]}
                  />
                </div>
                <div className="mt-3">
                  <CheckboxGroupField
                    id={`${prefix}-donnees`}
                    label="Données qui la remplaceraient"
                    value={requirement.replacedBy}
                    onChange={(replacedBy) => update(requirement.key, { replacedBy })}
                    errors={errors?.[`requirements.${index}.replacedBy`]}
                    columns
                    options={dataItems.map((item) => [item.slug, item.name])}
                  />
                </div>
                <Button
                  type="button"
                  priority="tertiary"
                  size="small"
                  className="mt-3"
                  iconId="fr-icon-delete-line"
                  onClick={() => setRequirements((rows) => rows.filter((row) => row.key !== requirement.key))}
                >
                  Supprimer la demande {index + 1}
                </Button>
              </li>
            );
          })}
        </ol>
        <Button
          type="button"
          priority="secondary"
          size="small"
          className="mt-3"
          iconId="fr-icon-add-line"
          onClick={addRequirement}
        >
          Ajouter une demande
        </Button>
      </fieldset>
      <div className="flex flex-wrap items-center gap-4">
        <Button type="submit" disabled={isPending}>
          {scheme ? "Enregistrer les modifications" : "Ajouter le dispositif"}
        </Button>
      </div>
    </form>
  );
}
