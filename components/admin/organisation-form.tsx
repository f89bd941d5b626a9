"use client";
import { useAction } from "next-safe-action/hooks";
import { useState, type FormEvent } from "react";
import { saveOrganisationAction } from "@/lib/organisations/actions.ts";
import { ORGANISATION_TYPES, ORGANISATION_TYPE_LABELS, type TOrganisationType } from "@/lib/organisations/organisation-types.ts";
import { ActionFeedback } from "@/components/ui/action-feedback.tsx";

type Organisation = { id: string; name: string; type: TOrganisationType; siret: string | null; uai: string | null };

export function OrganisationForm({ organisation }: { organisation?: Organisation }) {
  const [name, setName] = useState(organisation?.name ?? "");
  const [type, setType] = useState<TOrganisationType>(organisation?.type ?? "AUTRE");
  const [siret, setSiret] = useState(organisation?.siret ?? "");
  const [uai, setUai] = useState(organisation?.uai ?? "");
  const { execute, result, isPending, hasSucceeded } = useAction(saveOrganisationAction, {
    onSuccess: () => {
      if (!organisation) { setName(""); setSiret(""); setUai(""); }
    },
  });
  const prefix = organisation ? `organisation-${organisation.id}` : "organisation-nouvelle";

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    execute({ id: organisation?.id, name, type, siret, uai });
  }

  return (
    <form onSubmit={onSubmit} noValidate className="grid gap-3 md:grid-cols-[2fr_1fr_1fr_1fr_auto] md:items-end">
      <div>
        <label htmlFor={`${prefix}-nom`} className="mb-1 block text-sm font-medium">Nom</label>
        <input id={`${prefix}-nom`} value={name} onChange={(e) => setName(e.target.value)} className="w-full rounded-t border-b-2 border-gray-800 bg-gray-100 px-2 py-1" />
      </div>
      <div>
        <label htmlFor={`${prefix}-type`} className="mb-1 block text-sm font-medium">Type</label>
        <select id={`${prefix}-type`} value={type} onChange={(e) => setType(e.target.value as TOrganisationType)} className="w-full rounded-t border-b-2 border-gray-800 bg-gray-100 px-2 py-1">
          {ORGANISATION_TYPES.map((value) => <option key={value} value={value}>{ORGANISATION_TYPE_LABELS[value]}</option>)}
        </select>
      </div>
      <div>
        <label htmlFor={`${prefix}-siret`} className="mb-1 block text-sm font-medium">SIRET (facultatif)</label>
        <input id={`${prefix}-siret`} inputMode="numeric" value={siret} onChange={(e) => setSiret(e.target.value)} className="w-full rounded-t border-b-2 border-gray-800 bg-gray-100 px-2 py-1" />
      </div>
      <div>
        <label htmlFor={`${prefix}-uai`} className="mb-1 block text-sm font-medium">UAI (facultatif)</label>
        <input id={`${prefix}-uai`} value={uai} onChange={(e) => setUai(e.target.value)} aria-describedby={`${prefix}-uai-aide`} className="w-full rounded-t border-b-2 border-gray-800 bg-gray-100 px-2 py-1" />
        <p id={`${prefix}-uai-aide`} className="mt-1 text-xs text-gray-700">Établissement de formation : 7 chiffres et une lettre.</p>
      </div>
      <button type="submit" disabled={isPending} className="rounded bg-bleu-france px-3 py-1.5 text-sm font-medium text-white hover:bg-bleu-france-hover disabled:opacity-60">
        {organisation ? "Enregistrer" : "Ajouter"}
      </button>
      <div className="md:col-span-5">
        <ActionFeedback result={result} success={hasSucceeded ? (organisation ? "Organisation enregistrée." : "Organisation ajoutée.") : null} />
      </div>
    </form>
  );
}
