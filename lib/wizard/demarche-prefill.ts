import { PATH_FIELDS } from "./wizard-definition.ts";
import type { TPathKind } from "@/lib/sheets/sheet-content.ts";

export type TDemarcheMapping = Record<string, string>;

/** A stable default champ id per field, in démarches-simplifiées' base64 form. */
export function defaultChampId(path: TPathKind, fieldKey: string): string {
  const index = PATH_FIELDS[path].findIndex((field) => field.key === fieldKey);
  return Buffer.from(`Champ-${{ PARTICULIER: 1, EMPLOYEUR: 2, ORGANISME_FORMATION: 3 }[path] * 1000 + index}`).toString(
    "base64",
  );
}

export function defaultMapping(path: TPathKind): TDemarcheMapping {
  return Object.fromEntries(PATH_FIELDS[path].map((field) => [field.key, defaultChampId(path, field.key)]));
}

/**
 * The request in démarches-simplifiées' pre-fill format: a
 * `/commencer/<slug>?champ_<id>=value` URL and the JSON body of
 * `POST /api/public/v1/demarches/{id}/dossiers`.
 */
export function buildDemarchePrefill({
  baseUrl,
  slug,
  mapping,
  values,
}: {
  baseUrl: string;
  slug: string;
  mapping: TDemarcheMapping;
  values: Record<string, string>;
}) {
  const body: Record<string, string> = {};
  for (const [fieldKey, champId] of Object.entries(mapping)) {
    const value = values[fieldKey];
    if (champId && value) body[`champ_${champId}`] = value;
  }
  const url = new URL(`/commencer/${encodeURIComponent(slug)}`, baseUrl);
  for (const [key, value] of Object.entries(body)) url.searchParams.set(key, value);
  return { url: url.toString(), body };
}
