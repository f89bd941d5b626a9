"use client";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { useAction } from "next-safe-action/hooks";
import { ActionFeedback } from "@/components/ui/action-feedback.tsx";
import { createRoundAction } from "@/lib/rounds/actions.ts";
import { METHOD_LABELS } from "@/lib/rounds/round-status.ts";
import { enumValues, VoteMethod } from "@/lib/db/enums.ts";
import { FAIRNESS_LABELS, FAIRNESS_MODES, MAX_TYPE_WEIGHT, type TFairnessMode } from "@/lib/rounds/fairness.ts";
import { ORGANISATION_TYPES, ORGANISATION_TYPE_LABELS, type TOrganisationType } from "@/lib/organisations/organisation-types.ts";

type Column = { id: string; name: string; cards: { id: string; title: string }[] };

/** A value for <input type="datetime-local"> in the browser's time zone. */
function localInputValue(date: Date): string {
  const shifted = new Date(date.getTime() - date.getTimezoneOffset() * 60_000);
  return shifted.toISOString().slice(0, 16);
}

const FAIRNESS_HINTS: Record<TFairnessMode, string> = {
  PER_MEMBER: "Chaque membre vote pour lui-même, comme d'habitude.",
  PER_ORGANISATION: "Les membres d'une même organisation se partagent un budget de points ; au jugement majoritaire, la mention de l'organisation est la médiane de celles de ses membres.",
  WEIGHTED_BY_TYPE: "Le bulletin d'un membre compte autant de fois que le poids du type de son organisation (0 à 10).",
};

const inputClass = "w-full rounded-t border-b-2 border-gray-800 bg-gray-100 px-3 py-2";

export function CreateRoundForm({ columns }: { columns: Column[] }) {
  const router = useRouter();
  const [title, setTitle] = useState("");
  const [question, setQuestion] = useState("");
  const [method, setMethod] = useState<VoteMethod>("DOT_VOTING");
  const [pointsBudget, setPointsBudget] = useState("10");
  const [maxPointsPerItem, setMaxPointsPerItem] = useState("3");
  const [opensAt, setOpensAt] = useState(() => localInputValue(new Date()));
  const [closesAt, setClosesAt] = useState(() => localInputValue(new Date(Date.now() + 7 * 86_400_000)));
  const [hideResultsUntilClose, setHideResultsUntilClose] = useState(true);
  const [cardIds, setCardIds] = useState<Set<string>>(new Set());
  const [fairness, setFairness] = useState<TFairnessMode>("PER_MEMBER");
  const [weights, setWeights] = useState<Record<TOrganisationType, string>>(() => Object.fromEntries(ORGANISATION_TYPES.map((type) => [type, "1"])) as Record<TOrganisationType, string>);
  const { execute, result, isPending } = useAction(createRoundAction, {
    onSuccess: ({ data }) => {
      if (data) router.push(`/priorisation/scrutins/${data.id}`);
    },
  });

  const toggle = (ids: string[], on: boolean) =>
    setCardIds((current) => {
      const next = new Set(current);
      for (const id of ids) if (on) next.add(id); else next.delete(id);
      return next;
    });

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    const dots = method === "DOT_VOTING";
    execute({
      title, question, method,
      pointsBudget: dots ? Number(pointsBudget) : null,
      maxPointsPerItem: dots ? Number(maxPointsPerItem) : null,
      opensAt: new Date(opensAt), closesAt: new Date(closesAt),
      hideResultsUntilClose,
      fairness,
      // Sent as typed; the server says in French what is wrong with a weight.
      typeWeights: fairness === "WEIGHTED_BY_TYPE" ? (Object.fromEntries(ORGANISATION_TYPES.map((type) => [type, weights[type].trim() === "" ? Number.NaN : Number(weights[type])])) as Record<TOrganisationType, number>) : null,
      cardIds: [...cardIds],
    });
  }

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-6 rounded border border-gray-200 bg-white p-6">
      <div>
        <label htmlFor="scrutin-titre" className="mb-1 block font-medium">Titre</label>
        <input id="scrutin-titre" value={title} onChange={(e) => setTitle(e.target.value)} maxLength={140} className={inputClass} />
      </div>
      <div>
        <label htmlFor="scrutin-question" className="mb-1 block font-medium">Question posée aux membres</label>
        <textarea id="scrutin-question" value={question} onChange={(e) => setQuestion(e.target.value)} rows={2} maxLength={600} className={inputClass} />
      </div>
      <fieldset>
        <legend className="mb-2 font-medium">Méthode</legend>
        <div className="flex flex-wrap gap-6">
          {enumValues(VoteMethod).map((value) => (
            <label key={value} className="flex items-center gap-2">
              <input type="radio" name="methode" value={value} checked={method === value} onChange={() => setMethod(value)} /> {METHOD_LABELS[value]}
            </label>
          ))}
        </div>
      </fieldset>
      {method === "DOT_VOTING" ? (
        <div className="grid gap-4 md:grid-cols-2">
          <div>
            <label htmlFor="scrutin-budget" className="mb-1 block font-medium">{fairness === "PER_ORGANISATION" ? "Points par organisation" : "Points par membre"}</label>
            <input id="scrutin-budget" inputMode="numeric" value={pointsBudget} onChange={(e) => setPointsBudget(e.target.value)} className={inputClass} />
          </div>
          <div>
            <label htmlFor="scrutin-maximum" className="mb-1 block font-medium">Points au plus par carte</label>
            <input id="scrutin-maximum" inputMode="numeric" value={maxPointsPerItem} onChange={(e) => setMaxPointsPerItem(e.target.value)} className={inputClass} />
          </div>
        </div>
      ) : null}
      <fieldset>
        <legend className="mb-2 font-medium">Décompte des voix</legend>
        <div className="space-y-2">
          {FAIRNESS_MODES.map((value) => (
            <label key={value} className="flex items-start gap-2">
              <input type="radio" name="equite" value={value} className="mt-1" checked={fairness === value} onChange={() => setFairness(value)} />
              <span><span className="font-medium">{FAIRNESS_LABELS[value]}</span> <span className="text-sm text-gray-700">— {FAIRNESS_HINTS[value]}</span></span>
            </label>
          ))}
        </div>
        {fairness === "WEIGHTED_BY_TYPE" ? (
          <fieldset className="mt-4 rounded border border-gray-200 p-3">
            <legend className="px-1 font-medium">Poids par type d&apos;organisation (entier de 0 à {MAX_TYPE_WEIGHT})</legend>
            <div className="grid gap-3 sm:grid-cols-2 md:grid-cols-3">
              {ORGANISATION_TYPES.map((type) => (
                <div key={type}>
                  <label htmlFor={`poids-${type}`} className="mb-1 block text-sm">{ORGANISATION_TYPE_LABELS[type]}</label>
                  <input id={`poids-${type}`} inputMode="numeric" value={weights[type]} className={inputClass}
                    onChange={(e) => setWeights((current) => ({ ...current, [type]: e.target.value }))} />
                </div>
              ))}
            </div>
          </fieldset>
        ) : null}
      </fieldset>
      <div className="grid gap-4 md:grid-cols-2">
        <div>
          <label htmlFor="scrutin-ouverture" className="mb-1 block font-medium">Ouverture</label>
          <input id="scrutin-ouverture" type="datetime-local" value={opensAt} onChange={(e) => setOpensAt(e.target.value)} className={inputClass} />
        </div>
        <div>
          <label htmlFor="scrutin-cloture" className="mb-1 block font-medium">Clôture</label>
          <input id="scrutin-cloture" type="datetime-local" value={closesAt} onChange={(e) => setClosesAt(e.target.value)} className={inputClass} />
        </div>
      </div>
      <label className="flex items-center gap-2">
        <input type="checkbox" checked={hideResultsUntilClose} onChange={(e) => setHideResultsUntilClose(e.target.checked)} />
        Masquer les résultats jusqu&apos;à la clôture
      </label>
      <fieldset>
        <legend className="mb-2 font-medium">Cartes à départager ({cardIds.size} choisie{cardIds.size > 1 ? "s" : ""})</legend>
        <div className="grid gap-4 md:grid-cols-2">
          {columns.filter((column) => column.cards.length > 0).map((column) => (
            <fieldset key={column.id} className="rounded border border-gray-200 p-3">
              <legend className="px-1 font-medium">{column.name}</legend>
              <label className="mb-2 flex items-center gap-2 text-sm">
                <input type="checkbox" checked={column.cards.every((card) => cardIds.has(card.id))}
                  onChange={(e) => toggle(column.cards.map((card) => card.id), e.target.checked)} />
                Toute la colonne<span className="sr-only"> « {column.name} »</span>
              </label>
              <ul className="space-y-1">
                {column.cards.map((card) => (
                  <li key={card.id}>
                    <label className="flex items-start gap-2 text-sm">
                      <input type="checkbox" className="mt-1" checked={cardIds.has(card.id)} onChange={(e) => toggle([card.id], e.target.checked)} />
                      {card.title}
                    </label>
                  </li>
                ))}
              </ul>
            </fieldset>
          ))}
        </div>
      </fieldset>
      <div className="flex flex-wrap items-center gap-4">
        <button type="submit" disabled={isPending} className="rounded bg-bleu-france px-4 py-2 font-medium text-white hover:bg-bleu-france-hover disabled:opacity-60">
          {isPending ? "Création…" : "Créer le scrutin"}
        </button>
        <ActionFeedback result={result} />
      </div>
    </form>
  );
}
