"use client";
import { useAction } from "next-safe-action/hooks";
import { useState, type FormEvent } from "react";
import { createColumnAction, deleteColumnAction, updateColumnAction } from "@/lib/board/actions.ts";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { ConfirmAction } from "@/components/forms/confirm-action.tsx";
import { FormAlert } from "@/components/forms/form-alert.tsx";
import { SelectField, TextField } from "@/components/forms/form-fields.tsx";
import { ActionFeedback } from "@/components/ui/action-feedback.tsx";
import { actionFailureOf, fieldErrorsOf } from "@/lib/action-result.ts";

type Column = { id: string; name: string; wipLimit: number | null; position: number; removable: boolean };

/** Edits a column (rename, WIP limit, place) or, without `column`, adds one. */
export function ColumnForm({ column, columnCount }: { column?: Column; columnCount: number }) {
  const prefix = column ? `colonne-${column.id}` : "nouvelle-colonne";
  const [name, setName] = useState(column?.name ?? "");
  const [wipLimit, setWipLimit] = useState(column?.wipLimit?.toString() ?? "");
  const [position, setPosition] = useState(column?.position ?? columnCount);
  const create = useAction(createColumnAction, {
    onSuccess: () => {
      setName("");
      setWipLimit("");
    },
  });
  const update = useAction(updateColumnAction);
  const remove = useAction(deleteColumnAction);
  const pending = create.isPending || update.isPending || remove.isPending;

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    const limit = wipLimit.trim() === "" ? null : Number(wipLimit);
    if (column) update.execute({ columnId: column.id, name, wipLimit: limit, position });
    else create.execute({ name, wipLimit: limit });
  }

  const errors = fieldErrorsOf(column ? update.result : create.result);
  const result = column ? (actionFailureOf(remove.result) ? remove.result : update.result) : create.result;
  const success = column
    ? update.hasSucceeded
      ? "Colonne enregistrée."
      : null
    : create.hasSucceeded
      ? "Colonne ajoutée."
      : null;
  return (
    <form onSubmit={onSubmit} noValidate className="grid gap-4 md:grid-cols-4 md:items-start">
      <div className="md:col-span-4">
        <FormAlert result={result} />
      </div>
      <div className="md:col-span-2">
        <TextField
          id={`${prefix}-nom`}
          label="Nom de la colonne"
          value={name}
          onChange={setName}
          maxLength={80}
          errors={errors?.name}
        />
      </div>
      <TextField
        id={`${prefix}-limite`}
        label="Limite de cartes (vide : aucune)"
        value={wipLimit}
        onChange={setWipLimit}
        errors={errors?.wipLimit}
      />
      {column ? (
        <SelectField
          id={`${prefix}-place`}
          label="Place"
          value={String(position)}
          onChange={(value) => setPosition(Number(value))}
          errors={errors?.position}
          options={Array.from({ length: columnCount }, (_, index) => [String(index), String(index + 1)])}
        />
      ) : null}
      <div className="flex flex-wrap items-center gap-4 md:col-span-4">
        <Button type="submit" disabled={pending}>
          {column ? "Enregistrer" : "Ajouter la colonne"}
        </Button>
        {column?.removable ? (
          <ConfirmAction
            id={`supprimer-colonne-${column.id}`}
            trigger={
              <>
                Supprimer<span className="fr-sr-only"> la colonne {column.name}</span>
              </>
            }
            disabled={pending}
            title={`Supprimer la colonne « ${column.name} » ?`}
            confirmLabel="Supprimer la colonne"
            onConfirm={() => remove.execute({ columnId: column.id })}
          >
            <p>La colonne disparaît du tableau de priorisation. Elle est vide : aucune carte ne sera déplacée.</p>
          </ConfirmAction>
        ) : null}
        <ActionFeedback result={undefined} success={success} />
      </div>
    </form>
  );
}
