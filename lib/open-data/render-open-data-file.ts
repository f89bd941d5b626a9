import { spreadsheetCsv, type TCsvCell } from "@/lib/csv/spreadsheet-csv.ts";
import {
  OPEN_DATA_LICENCE,
  OPEN_DATA_RESOURCES,
  tableSchema,
  type TOpenDataResource,
  type TOpenDataRow,
  type TOpenDataValue,
} from "./open-data-resources.ts";
import type { TOpenData } from "./get-open-data.ts";

export const OPEN_DATA_PATH = "/api/public/v1/open-data";
export const OPEN_DATA_FORMATS = ["csv", "json", "schema.json"] as const;
export type TOpenDataFormat = (typeof OPEN_DATA_FORMATS)[number];
export type TOpenDataFile = { body: string; contentType: string };

/**
 * The CSV dialect of every file: the app's one CSV writer (lib/csv/spreadsheet-csv.ts: « ; », CRLF, a
 * byte-order mark, formula neutralisation), declared in the data package so that validators read it as written.
 */
export const OPEN_DATA_CSV_DIALECT = {
  delimiter: ";",
  lineTerminator: "\r\n",
  quoteChar: '"',
  doubleQuote: true,
  header: true,
};

/** An empty text is a missing value (Table Schema's `missingValues: [""]`): null in JSON, an empty cell in CSV. */
const published = (value: TOpenDataValue | undefined): TOpenDataValue =>
  value === undefined || value === "" ? null : value;

/** A cell as Table Schema reads it back: arrays as JSON, booleans as true/false, a missing value as an empty cell. */
function csvCell(value: TOpenDataValue): TCsvCell {
  if (value === null) return null;
  if (Array.isArray(value)) return JSON.stringify(value);
  if (typeof value === "boolean") return value ? "true" : "false";
  return value;
}

export function resourceCsv(resource: TOpenDataResource, rows: TOpenDataRow[]): string {
  const names = resource.fields.map((field) => field.name);
  return spreadsheetCsv([names, ...rows.map((row) => names.map((name) => csvCell(published(row[name]))))]);
}

export function resourceJson(resource: TOpenDataResource, rows: TOpenDataRow[]): string {
  const names = resource.fields.map((field) => field.name);
  return JSON.stringify(
    rows.map((row) => Object.fromEntries(names.map((name) => [name, published(row[name])]))),
    null,
    1,
  );
}

/** The data package: every resource in CSV and in JSON, each with its schema, the licence, the version and date. */
export function dataPackage(openData: TOpenData, base: string) {
  const url = (file: string) => `${base}${OPEN_DATA_PATH}/${file}`;
  return {
    $schema: "https://specs.frictionlessdata.io/schemas/data-package.json",
    profile: "tabular-data-package",
    name: "catalogue-atelier-efop",
    title: "Catalogue du groupe Data EFOP : irritants, données, API publiques et dispositifs de financement",
    description:
      "Le catalogue commun du groupe Data EFOP (« Dites-le-nous une fois » appliqué aux financements de la formation) : ce que l'on demande encore aux usagers, les données qui permettraient de ne plus le demander, les API publiques qui les servent et les dispositifs de financement, avec leurs liens. Chaque ressource est publiée en CSV (séparateur « ; », UTF-8 avec BOM ; un texte commençant par =, +, -, @, une tabulation ou un retour chariot y reçoit une apostrophe en tête contre l'injection de formules) et en JSON (textes tels quels), décrite par un schéma Table Schema.",
    homepage: `${base}/donnees-ouvertes`,
    version: openData.version,
    created: openData.updatedAt,
    licenses: [OPEN_DATA_LICENCE],
    resources: OPEN_DATA_RESOURCES.flatMap((resource) => [
      {
        name: resource.name,
        title: resource.title,
        description: resource.description,
        profile: "tabular-data-resource",
        path: url(`${resource.name}.csv`),
        format: "csv",
        mediatype: "text/csv",
        encoding: "utf-8",
        dialect: OPEN_DATA_CSV_DIALECT,
        // Inline, as the Data Package profile asks; the same descriptor is published beside the file.
        schema: tableSchema(resource),
      },
      {
        name: `${resource.name}-json`,
        title: `${resource.title} (JSON)`,
        description: `${resource.description} Même contenu que ${resource.name}.csv, en tableau JSON d'objets.`,
        profile: "tabular-data-resource",
        path: url(`${resource.name}.json`),
        format: "json",
        mediatype: "application/json",
        encoding: "utf-8",
        schema: tableSchema(resource),
      },
    ]),
  };
}

const JSON_TYPE = "application/json; charset=utf-8";

/**
 * One published file by its name (`datapackage.json`, `<resource>.csv`, `.json` or `.schema.json`); null when no such
 * file.
 */
export function renderOpenDataFile(file: string, openData: TOpenData, base: string): TOpenDataFile | null {
  if (file === "datapackage.json")
    return { body: JSON.stringify(dataPackage(openData, base), null, 1), contentType: JSON_TYPE };
  const match = /^([a-z-]+)\.(csv|json|schema\.json)$/.exec(file);
  const resource = match && OPEN_DATA_RESOURCES.find((candidate) => candidate.name === match[1]);
  if (!match || !resource) return null;
  const rows = openData.tables[resource.name] ?? [];
  switch (match[2] as TOpenDataFormat) {
    case "csv":
      return { body: resourceCsv(resource, rows), contentType: "text/csv; charset=utf-8" };
    case "json":
      return { body: resourceJson(resource, rows), contentType: JSON_TYPE };
    case "schema.json":
      return { body: JSON.stringify(tableSchema(resource), null, 1), contentType: JSON_TYPE };
  }
}
