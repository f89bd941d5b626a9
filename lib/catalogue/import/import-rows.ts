import type { z } from "zod";
import "@/lib/validation/french-errors.ts";
import { slugify } from "@/lib/slugify.ts";
import { containsInvalidText } from "@/lib/validation/invalid-text.ts";
import { PATH_KINDS, PATH_LABELS } from "@/lib/sheets/sheet-content.ts";
import { AVAILABILITIES, AVAILABILITY_LABELS, CATEGORY_LABELS, IRRITANT_CATEGORIES } from "../labels.ts";
import { ZSaveIrritantInput } from "../save-irritant.ts";
import { ZSaveDataItemInput } from "../save-data-item.ts";
import { IMPORT_LIMITS } from "./import-limits.ts";

export const IMPORT_KINDS = ["irritant", "data-item"] as const;
export type TImportKind = (typeof IMPORT_KINDS)[number];

type TColumn = { field: string; header: string; aliases: string[]; required: boolean; help: string; example: string };

/**
 * Headers, tolerant to case, accents, punctuation and the usual synonyms. Documented in the README and the import page.
 */
export const IMPORT_COLUMNS: Record<TImportKind, TColumn[]> = {
  irritant: [
    {
      field: "title",
      header: "Titre",
      aliases: ["intitule", "irritant"],
      required: true,
      help: "5 à 200 caractères",
      example: "Attestation employeur redemandée à chaque dossier",
    },
    {
      field: "description",
      header: "Description",
      aliases: ["detail", "details"],
      required: true,
      help: "10 à 5 000 caractères",
      example: "Le financeur redemande une attestation que l'employeur a déjà transmise par la DSN.",
    },
    {
      field: "category",
      header: "Catégorie",
      aliases: ["type"],
      required: true,
      help: Object.values(CATEGORY_LABELS).join(", "),
      example: "Justificatif",
    },
    {
      field: "paths",
      header: "Parcours",
      aliases: [],
      required: false,
      help: "particulier, employeur, organisme de formation (séparés par des virgules)",
      example: "particulier, employeur",
    },
    {
      field: "quotes",
      header: "Verbatims",
      aliases: ["verbatim", "citations", "citation"],
      required: false,
      help: "un par ligne dans la cellule",
      example: "On l'a déjà envoyée deux fois !",
    },
  ],
  "data-item": [
    {
      field: "name",
      header: "Nom",
      aliases: ["donnee", "intitule"],
      required: true,
      help: "3 à 160 caractères",
      example: "Heures travaillées sur douze mois",
    },
    {
      field: "definition",
      header: "Définition",
      aliases: ["description"],
      required: true,
      help: "10 à 2 000 caractères",
      example: "Nombre d'heures rémunérées sur les douze derniers mois.",
    },
    {
      field: "holder",
      header: "Détenteur",
      aliases: ["producteur", "source"],
      required: true,
      help: "qui détient la donnée",
      example: "URSSAF (DSN)",
    },
    {
      field: "availability",
      header: "Disponibilité",
      aliases: ["disponible"],
      required: true,
      help: Object.values(AVAILABILITY_LABELS).join(", "),
      example: "En cours",
    },
    {
      field: "effort",
      header: "Effort",
      aliases: ["effort d integration"],
      required: true,
      help: "de 1 (très faible) à 5 (très important)",
      example: "3",
    },
    { field: "format", header: "Format", aliases: [], required: false, help: "facultatif", example: "Nombre entier" },
    {
      field: "publicApi",
      header: "API",
      aliases: ["api publique"],
      required: false,
      help: "nom ou adresse courte d'une API du catalogue",
      example: "",
    },
    {
      field: "endpoint",
      header: "Point d'accès",
      aliases: ["endpoint"],
      required: false,
      help: "facultatif",
      example: "",
    },
    { field: "scopes", header: "Scopes", aliases: [], required: false, help: "séparés par des virgules", example: "" },
    {
      field: "paths",
      header: "Parcours",
      aliases: [],
      required: false,
      help: "particulier, employeur, organisme de formation (séparés par des virgules)",
      example: "particulier",
    },
  ],
};

/** « Catégorie », « categorie », « CATÉGORIE : » are the same header. */
export function normaliseHeader(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

/** The key two entries are duplicates by: their title or name as a slug (case, accents and punctuation ignored). */
export const duplicateKey = (title: string): string => slugify(title.trim());

export type TCellError = { column: string; message: string };
export type TDuplicateOf = { label: string; href?: string; line?: number };
export type TPreviewRow = {
  line: number;
  status: "new" | "duplicate" | "error";
  /** The cells under the known columns, by header, as read. */
  cells: Record<string, string>;
  errors: TCellError[];
  duplicateOf?: TDuplicateOf;
};
export type TAnalysis = {
  kind: TImportKind;
  columns: string[];
  ignoredColumns: string[];
  missingColumns: string[];
  rows: TPreviewRow[];
  /** The save inputs of the rows to write, in file order (new rows only). */
  inputs: { line: number; input: unknown }[];
};

/** What the analysis needs from the database: existing entries by duplicate key, and the APIs a data item may name. */
export type TCatalogueIndex = { existing: Map<string, TDuplicateOf>; apis: Map<string, string> };

const FORMULA = /^[=+@\t\r]|^-(?!\s)/;
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

/** Cells a spreadsheet could run or that would hide text: refused whatever the column. */
export function cellProblem(value: string): string | null {
  if (value.length > IMPORT_LIMITS.cellCharacters)
    return `La cellule dépasse ${IMPORT_LIMITS.cellCharacters.toLocaleString("fr-FR")} caractères.`;
  if (CONTROL.test(value) || containsInvalidText(value))
    return "La cellule contient un caractère de contrôle ou invalide : retirez-le.";
  if (FORMULA.test(value))
    return `La cellule commence par « ${JSON.stringify(value[0]).slice(1, -1)} » : les formules ne sont pas importées, retirez ce caractère.`;
  return null;
}

const choiceMap = (entries: [string, string[]][]) => {
  const map = new Map<string, string>();
  for (const [value, names] of entries) for (const name of [value, ...names]) map.set(normaliseHeader(name), value);
  return map;
};
const CATEGORY_CHOICES = choiceMap(IRRITANT_CATEGORIES.map((category) => [category, [CATEGORY_LABELS[category]]]));
const AVAILABILITY_CHOICES = choiceMap(
  AVAILABILITIES.map((availability) => [
    availability,
    [
      AVAILABILITY_LABELS[availability],
      ...(availability === "INEXISTANTE" ? ["non disponible", "non"] : availability === "DISPONIBLE" ? ["oui"] : []),
    ],
  ]),
);
const PATH_CHOICES = choiceMap(
  PATH_KINDS.map((kind) => [
    kind,
    [
      PATH_LABELS[kind],
      kind === "ORGANISME_FORMATION" ? "organisme de formation" : kind.toLowerCase(),
      ...(kind === "ORGANISME_FORMATION" ? ["of", "organisme"] : []),
    ],
  ]),
);

type TConverted = { value: unknown } | { error: string };

function choice(map: Map<string, string>, text: string, what: string, allowed: string): TConverted {
  const value = map.get(normaliseHeader(text));
  return value ? { value } : { error: `${what} inconnue : « ${text.slice(0, 60)} ». Valeurs possibles : ${allowed}.` };
}

function paths(text: string): TConverted {
  const values: string[] = [];
  for (const part of text
    .split(/[,;/\n]+/)
    .map((item) => item.trim())
    .filter(Boolean)) {
    const value = PATH_CHOICES.get(normaliseHeader(part));
    if (!value)
      return {
        error: `Parcours inconnu : « ${part.slice(0, 60)} ». Valeurs possibles : particulier, employeur, organisme de formation.`,
      };
    values.push(value);
  }
  return { value: values };
}

/** Turns one row's cells into the raw input of the form's save function. */
function rawInput(
  kind: TImportKind,
  cells: Record<string, string>,
  index: TCatalogueIndex,
): { input: Record<string, unknown>; errors: Record<string, string> } {
  const errors: Record<string, string> = {};
  const input: Record<string, unknown> = {};
  const set = (field: string, converted: TConverted) => {
    if ("error" in converted) errors[field] = converted.error;
    else input[field] = converted.value;
  };
  if (kind === "irritant") {
    input.title = cells.title ?? "";
    input.description = cells.description ?? "";
    set(
      "category",
      cells.category
        ? choice(CATEGORY_CHOICES, cells.category, "Catégorie", Object.values(CATEGORY_LABELS).join(", "))
        : { error: "Choisissez une catégorie." },
    );
    set("paths", paths(cells.paths ?? ""));
    input.quotes = cells.quotes ?? "";
    input.dataItems = [];
    input.schemes = [];
  } else {
    for (const field of ["name", "definition", "holder", "format", "endpoint", "scopes"])
      input[field] = cells[field] ?? "";
    set(
      "availability",
      cells.availability
        ? choice(
            AVAILABILITY_CHOICES,
            cells.availability,
            "Disponibilité",
            Object.values(AVAILABILITY_LABELS).join(", "),
          )
        : { error: "Choisissez une disponibilité." },
    );
    const effort = (cells.effort ?? "").trim();
    set(
      "effort",
      /^[1-5]$/.test(effort) ? { value: Number(effort) } : { error: "Effort : un nombre entier de 1 à 5." },
    );
    set("paths", paths(cells.paths ?? ""));
    const api = (cells.publicApi ?? "").trim();
    if (!api) input.publicApi = "";
    else
      set(
        "publicApi",
        index.apis.has(normaliseHeader(api))
          ? { value: index.apis.get(normaliseHeader(api)) }
          : {
              error: `API inconnue du catalogue : « ${api.slice(0, 60)} ». Ajoutez-la d'abord, ou laissez la cellule vide.`,
            },
      );
  }
  return { input, errors };
}

const SCHEMAS: Record<TImportKind, z.ZodType> = { irritant: ZSaveIrritantInput, "data-item": ZSaveDataItemInput };
const TITLE_FIELD: Record<TImportKind, string> = { irritant: "title", "data-item": "name" };

/**
 * The preview of an import, computed from the sheet's rows and the catalogue as it is: each row is
 * new, a duplicate (of an entry or of an earlier row of the file) or in error (one French message per
 * cell). Validation is the form's own zod schema, so an import accepts exactly what the form accepts.
 */
export function analyseRows(kind: TImportKind, rows: string[][], index: TCatalogueIndex): TAnalysis {
  const columnsOfKind = IMPORT_COLUMNS[kind];
  const headerIndex = rows.findIndex((row) => row.some((cell) => cell.trim() !== ""));
  const header = rows[headerIndex] ?? [];
  const byName = new Map<string, TColumn>();
  for (const column of columnsOfKind)
    for (const name of [column.header, column.field, ...column.aliases]) byName.set(normaliseHeader(name), column);
  const positions = new Map<string, number>();
  const ignoredColumns: string[] = [];
  header.forEach((name, position) => {
    const column = byName.get(normaliseHeader(name));
    if (column && !positions.has(column.field)) positions.set(column.field, position);
    else if (name.trim()) ignoredColumns.push(name.trim().slice(0, 60));
  });
  const missingColumns = columnsOfKind
    .filter((column) => column.required && !positions.has(column.field))
    .map((column) => column.header);
  const known = columnsOfKind.filter((column) => positions.has(column.field));
  const headerOf = (field: string) => columnsOfKind.find((column) => column.field === field)?.header ?? field;
  const seen = new Map<string, number>();
  const result: TAnalysis = {
    kind,
    columns: known.map((column) => column.header),
    ignoredColumns,
    missingColumns,
    rows: [],
    inputs: [],
  };
  if (missingColumns.length) return result;

  rows.forEach((row, position) => {
    if (position <= headerIndex || row.every((cell) => cell.trim() === "")) return;
    const line = position + 1;
    const cells: Record<string, string> = {};
    const shown: Record<string, string> = {};
    const errors: TCellError[] = [];
    for (const column of known) {
      const position = positions.get(column.field);
      const text = (position === undefined ? "" : (row[position] ?? "")).replace(/\r\n?/g, "\n");
      const problem = cellProblem(text);
      shown[column.header] = text.slice(0, 300);
      if (problem) errors.push({ column: column.header, message: problem });
      else cells[column.field] = text;
    }
    const cellInError = new Set(errors.map((error) => error.column));
    const { input, errors: conversionErrors } = rawInput(kind, cells, index);
    for (const [field, message] of Object.entries(conversionErrors))
      if (!cellInError.has(headerOf(field))) errors.push({ column: headerOf(field), message });
    const parsed = SCHEMAS[kind].safeParse(input);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const column = headerOf(String(issue.path[0] ?? ""));
        if (!errors.some((error) => error.column === column)) errors.push({ column, message: issue.message });
      }
    }
    const key = duplicateKey(String(cells[TITLE_FIELD[kind]] ?? ""));
    const duplicateOf = key
      ? (index.existing.get(key) ??
        (seen.has(key) ? { label: `ligne ${seen.get(key)} du fichier`, line: seen.get(key) } : undefined))
      : undefined;
    if (key && !seen.has(key)) seen.set(key, line);
    const status = errors.length ? "error" : duplicateOf ? "duplicate" : "new";
    result.rows.push({ line, status, cells: shown, errors, ...(duplicateOf ? { duplicateOf } : {}) });
    if (status === "new" && parsed.success) result.inputs.push({ line, input: parsed.data });
  });
  return result;
}
