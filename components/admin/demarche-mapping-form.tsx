"use client";
import { useAction } from "next-safe-action/hooks";
import { useState, type FormEvent } from "react";
import { saveDemarcheMappingAction } from "@/lib/wizard/actions.ts";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { ActionFeedback } from "@/components/ui/action-feedback.tsx";
import type { PathKind } from "@/lib/db/enums.ts";

export function DemarcheMappingForm({
  path,
  fields,
  mapping,
}: {
  path: PathKind;
  fields: { key: string; label: string }[];
  mapping: Record<string, string>;
}) {
  const [champs, setChamps] = useState(mapping);
  const { execute, result, isPending, hasSucceeded } = useAction(saveDemarcheMappingAction);
  function onSubmit(event: FormEvent) {
    event.preventDefault();
    execute({ path, champs });
  }
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-2">
      <table className="w-full text-sm">
        <caption className="sr-only">
          Correspondance entre les champs du démonstrateur et les champs de la démarche
        </caption>
        <thead>
          <tr>
            <th scope="col" className="text-left">
              Champ du démonstrateur
            </th>
            <th scope="col" className="text-left">
              Identifiant du champ démarches-simplifiées
            </th>
          </tr>
        </thead>
        <tbody>
          {fields.map((field) => (
            <tr key={field.key}>
              <th scope="row" className="py-1 pr-4 text-left font-normal">
                {field.label}
              </th>
              <td className="py-1">
                <input
                  aria-label={`Champ démarches-simplifiées pour ${field.label}`}
                  value={champs[field.key] ?? ""}
                  onChange={(e) => setChamps((current) => ({ ...current, [field.key]: e.target.value }))}
                  className="fr-input font-mono"
                />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="flex items-center gap-4">
        <Button type="submit" disabled={isPending}>
          Enregistrer la correspondance
        </Button>
        <ActionFeedback result={result} success={hasSucceeded ? "Correspondance enregistrée." : null} />
      </div>
    </form>
  );
}
