import Link from "next/link";
import type { ReactNode } from "react";

const fieldClass = "w-full rounded-t border-b-2 border-gray-800 bg-gray-100 px-3 py-2";

export function FilterSelect({ id, name, label, value, options, all }: { id: string; name: string; label: string; value?: string; options: [string, string][]; all: string }) {
  return (
    <div>
      <label htmlFor={id} className="mb-1 block font-medium">{label}</label>
      <select id={id} name={name} defaultValue={value ?? ""} className={fieldClass}>
        <option value="">{all}</option>
        {options.map(([optionValue, optionLabel]) => <option key={optionValue} value={optionValue}>{optionLabel}</option>)}
      </select>
    </div>
  );
}

/** A GET search form: works without JavaScript and keeps filters in the URL. */
export function FilterBar({ label, q, children, resetHref, filtered }: { label: string; q?: string; children: ReactNode; resetHref: string; filtered: boolean }) {
  return (
    <form role="search" aria-label={label} className="mb-8 grid gap-4 rounded border border-gray-200 bg-white p-4 md:grid-cols-4 md:items-end">
      <div>
        <label htmlFor="recherche" className="mb-1 block font-medium">Rechercher</label>
        <input id="recherche" name="q" type="search" defaultValue={q} className={fieldClass} />
      </div>
      {children}
      <div className="flex gap-4 md:col-span-4">
        <button type="submit" className="rounded bg-bleu-france px-4 py-2 font-medium text-white hover:bg-bleu-france-hover">Filtrer</button>
        {filtered && <Link href={resetHref} className="self-center">Effacer les filtres</Link>}
      </div>
    </form>
  );
}

export function firstValues(params: Record<string, string | string[] | undefined>) {
  return Object.fromEntries(Object.entries(params).map(([key, value]) => [key, Array.isArray(value) ? value[0] : value]));
}
