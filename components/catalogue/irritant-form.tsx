"use client";
import { useRouter } from "next/navigation";
import { useAction } from "next-safe-action/hooks";
import { useState, type FormEvent } from "react";
import { saveIrritantAction } from "@/lib/catalogue/actions.ts";
import { CATEGORY_LABELS, IRRITANT_CATEGORIES } from "@/lib/catalogue/labels.ts";
import { PATH_KINDS, PATH_LABELS } from "@/lib/sheets/sheet-content.ts";
import { CheckboxGroupField, SelectField, TextAreaField, TextField } from "@/components/forms/form-fields.tsx";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { FormAlert } from "@/components/forms/form-alert.tsx";
import { fieldErrorsOf } from "@/lib/action-result.ts";

export type TIrritantFormValues = {
  id: string;
  version: number;
  title: string;
  description: string;
  category: string;
  paths: string[];
  quotes: string[];
  dataItems: string[];
  schemes: string[];
};
type Option = { slug: string; name: string };

export function IrritantForm({
  irritant,
  dataItems,
  schemes,
}: {
  irritant?: TIrritantFormValues;
  dataItems: Option[];
  schemes: Option[];
}) {
  const router = useRouter();
  const [title, setTitle] = useState(irritant?.title ?? "");
  const [description, setDescription] = useState(irritant?.description ?? "");
  const [category, setCategory] = useState(irritant?.category ?? "");
  const [paths, setPaths] = useState<string[]>(irritant?.paths ?? []);
  const [quotes, setQuotes] = useState(irritant?.quotes.join("\n") ?? "");
  const [links, setLinks] = useState<string[]>(irritant?.dataItems ?? []);
  const [schemeLinks, setSchemeLinks] = useState<string[]>(irritant?.schemes ?? []);
  const { execute, result, isPending } = useAction(saveIrritantAction, {
    onSuccess: ({ data }) => data && router.push(`/irritants/${data.slug}`),
  });
  const errors = fieldErrorsOf(result);

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    execute({
      id: irritant?.id,
      expectedVersion: irritant?.version,
      title,
      description,
      category: category as never,
      paths: paths as never,
      quotes,
      dataItems: links,
      schemes: schemeLinks,
    });
  }

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-5 rounded border border-gray-200 bg-white p-6">
      <FormAlert result={result} />
      <TextField
        id="irritant-titre"
        label="Titre"
        value={title}
        onChange={setTitle}
        maxLength={200}
        errors={errors?.title}
        hint="Ce qui est demandé à l'usager, en une phrase."
      />
      <TextAreaField
        id="irritant-description"
        label="Description"
        value={description}
        onChange={setDescription}
        rows={6}
        maxLength={5000}
        errors={errors?.description}
        hint="Markdown accepté : qui le subit, dans quelle démarche, pourquoi c'est inutile."
      />
      <SelectField
        id="irritant-categorie"
        label="Catégorie"
        value={category}
        onChange={setCategory}
        errors={errors?.category}
        options={[
          ["", "— Choisir —"],
          ...IRRITANT_CATEGORIES.map((value) => [value, CATEGORY_LABELS[value]] as [string, string]),
        ]}
      />
      <CheckboxGroupField
        id="irritant-parcours"
        label="Parcours concernés"
        value={paths}
        onChange={setPaths}
        errors={errors?.paths}
        options={PATH_KINDS.map((kind) => [kind, PATH_LABELS[kind]])}
      />
      <TextAreaField
        id="irritant-verbatims"
        label="Verbatims (facultatif)"
        value={quotes}
        onChange={setQuotes}
        rows={3}
        maxLength={3000}
        errors={errors?.quotes}
        hint="Un verbatim par ligne, tel qu'entendu en atelier."
      />
      <CheckboxGroupField
        id="irritant-donnees"
        label="Données qui le lèveraient"
        value={links}
        onChange={setLinks}
        errors={errors?.dataItems}
        columns
        options={dataItems.map((item) => [item.slug, item.name])}
      />
      <CheckboxGroupField
        id="irritant-dispositifs"
        label="Dispositifs de financement concernés"
        value={schemeLinks}
        onChange={setSchemeLinks}
        errors={errors?.schemes}
        columns
        options={schemes.map((scheme) => [scheme.slug, scheme.name])}
      />
      <div className="flex flex-wrap items-center gap-4">
        <Button type="submit" disabled={isPending}>
          {irritant ? "Enregistrer les modifications" : "Signaler l'irritant"}
        </Button>
      </div>
    </form>
  );
}
