"use client";
import { useRouter } from "next/navigation";
import { useAction } from "next-safe-action/hooks";
import { useState, type FormEvent } from "react";
import { savePublicApiAction } from "@/lib/catalogue/actions.ts";
import { CheckboxField, TextAreaField, TextField } from "./form-fields.tsx";
import { FormStatus } from "./form-status.tsx";

export type TPublicApiFormValues = { id: string; version: number; name: string; provider: string; description: string; documentationUrl: string | null; hypothetical: boolean };

export function PublicApiForm({ api }: { api?: TPublicApiFormValues }) {
  const router = useRouter();
  const [name, setName] = useState(api?.name ?? "");
  const [provider, setProvider] = useState(api?.provider ?? "");
  const [description, setDescription] = useState(api?.description ?? "");
  const [documentationUrl, setDocumentationUrl] = useState(api?.documentationUrl ?? "");
  const [hypothetical, setHypothetical] = useState(api?.hypothetical ?? false);
  const { execute, result, isPending } = useAction(savePublicApiAction, { onSuccess: ({ data }) => data && router.push(`/api-publiques/${data.slug}`) });
  const errors = result.validationErrors?.fieldErrors as Record<string, string[] | undefined> | undefined;

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    execute({ id: api?.id, expectedVersion: api?.version, name, provider, description, documentationUrl, hypothetical });
  }

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-5 rounded border border-gray-200 bg-white p-6">
      <TextField id="api-nom" label="Nom" value={name} onChange={setName} maxLength={160} errors={errors?.name} />
      <TextField id="api-producteur" label="Producteur" value={provider} onChange={setProvider} maxLength={200} errors={errors?.provider} hint="L'administration qui produit et expose l'API." />
      <TextAreaField id="api-description" label="Description" value={description} onChange={setDescription} rows={3} maxLength={2000} errors={errors?.description} />
      <TextField id="api-documentation" type="url" label="Documentation (facultatif)" value={documentationUrl} onChange={setDocumentationUrl} maxLength={500} errors={errors?.documentationUrl} hint="Adresse https:// de la documentation publique." />
      <CheckboxField id="api-hypothetique" label="API hypothétique" checked={hypothetical} onChange={setHypothetical} errors={errors?.hypothetical} hint="Aucune API publique n'existe encore : le démonstrateur montre seulement ce qu'elle changerait." />
      <div className="flex flex-wrap items-center gap-4">
        <button type="submit" disabled={isPending} className="rounded bg-bleu-france px-4 py-2 font-medium text-white hover:bg-bleu-france-hover disabled:opacity-60">
          {api ? "Enregistrer les modifications" : "Ajouter l'API"}
        </button>
        <FormStatus result={result} />
      </div>
    </form>
  );
}
