"use client";
import type { TEffect } from "@/lib/wizard/compute-effect.ts";
import type { TAssumptions } from "@/lib/wizard/wizard-definition.ts";

const number = (value: number) => new Intl.NumberFormat("fr-FR", { maximumFractionDigits: 1 }).format(value);

export function EffectPanel({
  effect,
  assumptions,
  onAssumptions,
}: {
  effect: TEffect;
  assumptions: TAssumptions;
  onAssumptions: (next: TAssumptions) => void;
}) {
  const input = (key: keyof TAssumptions, label: string) => (
    <label className="flex items-center justify-between gap-2 text-sm">
      {label}
      <input
        type="number"
        min={0}
        max={120}
        step={0.5}
        value={assumptions[key]}
        onChange={(e) => onAssumptions({ ...assumptions, [key]: Math.max(0, Number(e.target.value) || 0) })}
        className="fr-input w-20 text-right"
      />
    </label>
  );
  return (
    <aside
      aria-labelledby="titre-effet"
      className="space-y-4 rounded border-2 border-bleu-france bg-white p-4 lg:sticky lg:top-4"
    >
      <h2 id="titre-effet" className="text-xl">
        L'effet « Dites-le-nous une fois »
      </h2>
      <dl className="grid grid-cols-2 gap-2 text-center">
        <div className="rounded bg-bleu-clair p-2">
          <dt className="text-sm">Pré-remplis</dt>
          <dd className="text-2xl font-bold" data-testid="effet-preremplis">
            {effect.prefilled}
          </dd>
        </div>
        <div className="rounded bg-gris-fond p-2">
          <dt className="text-sm">À saisir</dt>
          <dd className="text-2xl font-bold" data-testid="effet-saisis">
            {effect.typed}
          </dd>
        </div>
        <div className="rounded bg-gris-fond p-2">
          <dt className="text-sm">Corrigés par l'usager</dt>
          <dd className="text-2xl font-bold">{effect.corrected}</dd>
        </div>
        <div className="rounded bg-[var(--background-contrast-success)] p-2">
          <dt className="text-sm">Temps gagné</dt>
          <dd className="text-2xl font-bold" data-testid="effet-temps">
            {number(effect.minutesSaved)} min
          </dd>
        </div>
      </dl>
      <table className="w-full text-sm">
        <caption className="mb-1 text-left font-semibold">Avant / après</caption>
        <thead>
          <tr>
            <th scope="col" className="text-left">
              &nbsp;
            </th>
            <th scope="col">Sans pré-remplissage</th>
            <th scope="col">Avec</th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row" className="text-left font-normal">
              Champs à saisir
            </th>
            <td className="text-center">{effect.before.fields}</td>
            <td className="text-center">{effect.after.fields}</td>
          </tr>
          <tr>
            <th scope="row" className="text-left font-normal">
              Pièces à joindre
            </th>
            <td className="text-center">{effect.before.documents}</td>
            <td className="text-center">{effect.after.documents}</td>
          </tr>
          <tr>
            <th scope="row" className="text-left font-normal">
              Temps estimé
            </th>
            <td className="text-center">{number(effect.before.minutes)} min</td>
            <td className="text-center">{number(effect.after.minutes)} min</td>
          </tr>
        </tbody>
      </table>
      {effect.documentsAvoided.length > 0 && (
        <div>
          <h3 className="text-base">Pièces qui ne sont plus demandées</h3>
          <ul className="list-disc pl-5 text-sm" data-testid="pieces-evitees">
            {effect.documentsAvoided.map((document) => (
              <li key={document}>{document}</li>
            ))}
          </ul>
        </div>
      )}
      <details>
        <summary className="cursor-pointer text-sm font-medium">Hypothèses de l'estimation (modifiables)</summary>
        <div className="mt-2 space-y-2">
          {input("minutesPerTypedField", "Minutes par champ saisi")}
          {input("minutesPerDocument", "Minutes par pièce à trouver et joindre")}
          {input("minutesPerCorrection", "Minutes par valeur corrigée")}
        </div>
      </details>
    </aside>
  );
}
