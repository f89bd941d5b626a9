"use client";
import { useRouter } from "next/navigation";
import { useAction } from "next-safe-action/hooks";
import { useState, type FormEvent } from "react";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { createSheetAction } from "@/lib/sheets/actions.ts";
import { FormAlert } from "@/components/forms/form-alert.tsx";
import { TextAreaField, TextField } from "@/components/forms/form-fields.tsx";
import { fieldErrorsOf } from "@/lib/action-result.ts";

export function CreateSheetForm() {
  const router = useRouter();
  const [title, setTitle] = useState("");
  const [summary, setSummary] = useState("");
  const { execute, result, isPending } = useAction(createSheetAction, {
    onSuccess: ({ data }) => data && router.push(`/fiches/${data.slug}/modifier`),
  });
  const errors = fieldErrorsOf(result);
  function onSubmit(event: FormEvent) {
    event.preventDefault();
    execute({ title, summary });
  }
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3 rounded border border-gray-200 bg-white p-6">
      <FormAlert result={result} />
      <TextField
        id="nouvelle-fiche-titre"
        label="Titre"
        value={title}
        onChange={setTitle}
        maxLength={200}
        errors={errors?.title}
      />
      <TextAreaField
        id="nouvelle-fiche-resume"
        label="Description courte"
        value={summary}
        onChange={setSummary}
        rows={2}
        maxLength={600}
        errors={errors?.summary}
      />
      <Button type="submit" disabled={isPending}>
        Créer la fiche
      </Button>
    </form>
  );
}
