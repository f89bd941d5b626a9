import Link from "next/link";
import type { ReactNode } from "react";
import { PATH_KINDS, PATH_LABELS } from "@/lib/sheets/sheet-content.ts";

// The DSFR's own classes rather than its React components: this form is rendered on the server and works without
// JavaScript.
export function FilterSelect({
  id,
  name,
  label,
  value,
  options,
  all,
}: {
  id: string;
  name: string;
  label: string;
  value?: string;
  options: [string, string][];
  all: string;
}) {
  return (
    <div className="fr-select-group fr-mb-0">
      <label htmlFor={id} className="fr-label">
        {label}
      </label>
      <select id={id} name={name} defaultValue={value ?? ""} className="fr-select">
        <option value="">{all}</option>
        {options.map(([optionValue, optionLabel]) => (
          <option key={optionValue} value={optionValue}>
            {optionLabel}
          </option>
        ))}
      </select>
    </div>
  );
}

/** The path filter (particulier, employeur, organisme de formation) every catalogue list offers. */
export function PathFilterSelect({ value }: { value?: string }) {
  return (
    <FilterSelect
      id="filtre-parcours"
      name="parcours"
      label="Parcours"
      value={value}
      all="Tous"
      options={PATH_KINDS.map((kind) => [kind, PATH_LABELS[kind]])}
    />
  );
}

/** A GET search form: works without JavaScript and keeps filters in the URL. */
export function FilterBar({
  label,
  q,
  children,
  resetHref,
  filtered,
}: {
  label: string;
  q?: string;
  children?: ReactNode;
  resetHref: string;
  filtered: boolean;
}) {
  return (
    <form
      role="search"
      aria-label={label}
      className="mb-8 grid gap-4 rounded border border-gray-200 bg-white p-4 md:grid-cols-4 md:items-end"
    >
      <div className="fr-input-group fr-mb-0">
        <label htmlFor="recherche" className="fr-label">
          Rechercher
        </label>
        <input id="recherche" name="q" type="search" defaultValue={q} className="fr-input" />
      </div>
      {children}
      <div className="flex gap-4 md:col-span-4">
        <button type="submit" className="fr-btn">
          Filtrer
        </button>
        {filtered && (
          <Link href={resetHref} className="fr-link self-center">
            Effacer les filtres
          </Link>
        )}
      </div>
    </form>
  );
}

export function firstValues(params: Record<string, string | string[] | undefined>) {
  return Object.fromEntries(
    Object.entries(params).map(([key, value]) => [key, Array.isArray(value) ? value[0] : value]),
  );
}
