"use client";
import { useAction } from "next-safe-action/hooks";
import { useState, type FormEvent } from "react";
import { createColumnAction, deleteColumnAction, updateColumnAction } from "@/lib/board/actions.ts";
import { ActionFeedback } from "@/components/ui/action-feedback.tsx";
import { actionFailureOf } from "@/lib/action-result.ts";

type Column = { id: string; name: string; wipLimit: number | null; position: number; removable: boolean };

/** Edits a column (rename, WIP limit, place) or, without `column`, adds one. */
export function ColumnForm({ column, columnCount }: { column?: Column; columnCount: number }) {
  const prefix = column ? `colonne-${column.id}` : "nouvelle-colonne";
  const [name, setName] = useState(column?.name ?? "");
  const [wipLimit, setWipLimit] = useState(column?.wipLimit?.toString() ?? "");
  const [position, setPosition] = useState(column?.position ?? columnCount);
  const create = useAction(createColumnAction, { onSuccess: () => { setName(""); setWipLimit(""); } });
  const update = useAction(updateColumnAction);
  const remove = useAction(deleteColumnAction);
  const pending = create.isPending || update.isPending || remove.isPending;

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    const limit = wipLimit.trim() === "" ? null : Number(wipLimit);
    if (column) update.execute({ columnId: column.id, name, wipLimit: limit, position });
    else create.execute({ name, wipLimit: limit });
  }

  const result = column ? (actionFailureOf(remove.result) ? remove.result : update.result) : create.result;
  const success = column ? (update.hasSucceeded ? "Colonne enregistrée." : null) : create.hasSucceeded ? "Colonne ajoutée." : null;
  return (
    <form onSubmit={onSubmit} noValidate className="grid gap-4 md:grid-cols-4 md:items-end">
      <div className="md:col-span-2">
        <label htmlFor={`${prefix}-nom`} className="mb-1 block font-medium">Nom de la colonne</label>
        <input id={`${prefix}-nom`} value={name} onChange={(e) => setName(e.target.value)} maxLength={80}
          className="w-full rounded-t border-b-2 border-gray-800 bg-gray-100 px-3 py-2" />
      </div>
      <div>
        <label htmlFor={`${prefix}-limite`} className="mb-1 block font-medium">Limite de cartes (vide : aucune)</label>
        <input id={`${prefix}-limite`} inputMode="numeric" value={wipLimit} onChange={(e) => setWipLimit(e.target.value)}
          className="w-full rounded-t border-b-2 border-gray-800 bg-gray-100 px-3 py-2" />
      </div>
      {column ? (
        <div>
          <label htmlFor={`${prefix}-place`} className="mb-1 block font-medium">Place</label>
          <select id={`${prefix}-place`} value={position} onChange={(e) => setPosition(Number(e.target.value))}
            className="w-full rounded-t border-b-2 border-gray-800 bg-gray-100 px-3 py-2">
            {Array.from({ length: columnCount }, (_, index) => <option key={index} value={index}>{index + 1}</option>)}
          </select>
        </div>
      ) : null}
      <div className="flex flex-wrap items-center gap-4 md:col-span-4">
        <button type="submit" disabled={pending} className="rounded bg-bleu-france px-4 py-2 font-medium text-white hover:bg-bleu-france-hover disabled:opacity-60">
          {column ? "Enregistrer" : "Ajouter la colonne"}
        </button>
        {column?.removable ? (
          <button type="button" disabled={pending} onClick={() => remove.execute({ columnId: column.id })}
            className="rounded border border-[#ce0500] px-4 py-2 font-medium text-[#ce0500] disabled:opacity-60">
            Supprimer<span className="sr-only"> la colonne {column.name}</span>
          </button>
        ) : null}
        <ActionFeedback result={result} success={success} />
      </div>
    </form>
  );
}
