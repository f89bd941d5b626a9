import Ajv, { type ValidateFunction } from "ajv";
import addFormats from "ajv-formats";
import { parse } from "csv-parse/sync";

/**
 * Validates tabular data against its Table Schema (frictionless v1), as
 * `frictionless validate` would for the features the open-data schemas use:
 * header, field types and formats (string, uri, integer, boolean, date,
 * datetime, array), constraints (required, unique, enum, pattern, minimum,
 * maximum, minLength), primary key and foreign keys. No maintained validator of
 * Table Schema data is published on npm or Debian (docs/adr/0024-guide-and-open-data.md):
 * each schema is compiled to a JSON Schema of one row, checked with ajv.
 */
export type TSchemaField = {
  name: string;
  type: string;
  format?: string;
  constraints?: {
    required?: boolean;
    unique?: boolean;
    enum?: string[];
    pattern?: string;
    minimum?: number;
    maximum?: number;
    minLength?: number;
  };
};
export type TTableSchemaDescriptor = {
  fields: TSchemaField[];
  primaryKey?: string[];
  foreignKeys?: { fields: string[]; reference: { resource: string; fields: string[] } }[];
  missingValues?: string[];
};
export type TTabularResource = { name: string; schema: TTableSchemaDescriptor; rows: Record<string, unknown>[] };
export type TValidationError = { resource: string; row?: number; field?: string; message: string };

const ajv = new Ajv({ allErrors: true, strict: false });
addFormats(ajv);

const TYPE: Record<string, object> = {
  string: { type: "string" },
  integer: { type: "integer" },
  boolean: { type: "boolean" },
  date: { type: "string", format: "date" },
  datetime: { type: "string", format: "date-time", pattern: "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z$" },
  array: { type: "array" },
};

/** The JSON Schema of one row, values already cast to their type (null: missing). */
function rowSchema(schema: TTableSchemaDescriptor) {
  const properties: Record<string, object> = {};
  for (const field of schema.fields) {
    const base = TYPE[field.type];
    if (!base) throw new Error(`type non pris en charge : ${field.type}`);
    const constraints = field.constraints ?? {};
    const typed: Record<string, unknown> = { ...base };
    if (field.format === "uri") typed.format = "uri";
    if (constraints.enum) typed.enum = constraints.enum;
    // Table Schema patterns match the whole value (XML Schema regular expressions).
    if (constraints.pattern) typed.pattern = `^(?:${constraints.pattern})$`;
    if (constraints.minimum !== undefined) typed.minimum = constraints.minimum;
    if (constraints.maximum !== undefined) typed.maximum = constraints.maximum;
    if (constraints.minLength !== undefined) typed.minLength = constraints.minLength;
    properties[field.name] = constraints.required ? typed : { anyOf: [{ type: "null" }, typed] };
  }
  return {
    type: "object",
    properties,
    required: schema.fields.map((field) => field.name),
    additionalProperties: false,
  };
}

const validators = new WeakMap<TTableSchemaDescriptor, ValidateFunction>();
const rowValidator = (schema: TTableSchemaDescriptor) => {
  let validate = validators.get(schema);
  if (!validate) validators.set(schema, (validate = ajv.compile(rowSchema(schema))));
  return validate;
};

const TRUE_VALUES = ["true", "True", "TRUE", "1"];
const FALSE_VALUES = ["false", "False", "FALSE", "0"];

/** One CSV cell cast to its field's type; a cell that cannot be cast is an error. */
function castCell(field: TSchemaField, cell: string, missingValues: string[]): { value: unknown } | { error: string } {
  if (missingValues.includes(cell)) return { value: null };
  switch (field.type) {
    case "integer":
      return /^[+-]?\d+$/.test(cell) ? { value: Number(cell) } : { error: `« ${cell} » n'est pas un entier` };
    case "boolean":
      return TRUE_VALUES.includes(cell)
        ? { value: true }
        : FALSE_VALUES.includes(cell)
          ? { value: false }
          : { error: `« ${cell} » n'est pas un booléen` };
    case "array":
      try {
        const value: unknown = JSON.parse(cell);
        return Array.isArray(value) ? { value } : { error: `« ${cell} » n'est pas un tableau JSON` };
      } catch {
        return { error: `« ${cell} » n'est pas un tableau JSON` };
      }
    default:
      return { value: cell };
  }
}

/**
 * Reads a CSV file (byte-order mark, delimiter and line terminator as its dialect says) into rows cast by the schema.
 */
export function readCsvResource(
  name: string,
  schema: TTableSchemaDescriptor,
  csv: string,
  dialect: { delimiter: string },
): { resource: TTabularResource; errors: TValidationError[] } {
  const errors: TValidationError[] = [];
  const records: string[][] = parse(csv, { bom: true, delimiter: dialect.delimiter, relax_column_count: true });
  const [header = [], ...body] = records;
  const names = schema.fields.map((field) => field.name);
  if (header.join("\u0000") !== names.join("\u0000"))
    errors.push({ resource: name, message: `en-tête ${JSON.stringify(header)} au lieu de ${JSON.stringify(names)}` });
  const missingValues = schema.missingValues ?? [""];
  const rows = body.map((record, index) => {
    if (record.length !== names.length)
      errors.push({ resource: name, row: index + 2, message: `${record.length} cellules au lieu de ${names.length}` });
    const row: Record<string, unknown> = {};
    schema.fields.forEach((field, column) => {
      const cast = castCell(field, record[column] ?? "", missingValues);
      if ("error" in cast) errors.push({ resource: name, row: index + 2, field: field.name, message: cast.error });
      row[field.name] = "value" in cast ? cast.value : null;
    });
    return row;
  });
  return { resource: { name, schema, rows }, errors };
}

const key = (row: Record<string, unknown>, fields: string[]) =>
  JSON.stringify(fields.map((field) => row[field] ?? null));

/**
 * Every error of a package's resources: each row against its schema, unique
 * fields and primary keys, and foreign keys against the referenced resource
 * (`resolve` maps a referenced resource name to the resource to look in).
 */
export function validateTabularResources(
  resources: TTabularResource[],
  resolve: (from: TTabularResource, name: string) => TTabularResource | undefined = (_, name) =>
    resources.find((resource) => resource.name === name),
): TValidationError[] {
  const errors: TValidationError[] = [];
  for (const resource of resources) {
    const validate = rowValidator(resource.schema);
    resource.rows.forEach((row, index) => {
      if (!validate(row))
        for (const error of validate.errors ?? [])
          errors.push({
            resource: resource.name,
            row: index + 2,
            field: error.instancePath.slice(1) || undefined,
            message: error.message ?? "invalide",
          });
    });
    const uniques = [
      ...resource.schema.fields.filter((field) => field.constraints?.unique).map((field) => [field.name]),
      ...(resource.schema.primaryKey ? [resource.schema.primaryKey] : []),
    ];
    for (const fields of uniques) {
      const seen = new Set<string>();
      resource.rows.forEach((row, index) => {
        const value = key(row, fields);
        if (seen.has(value))
          errors.push({
            resource: resource.name,
            row: index + 2,
            field: fields.join(","),
            message: `valeur en double ${value}`,
          });
        seen.add(value);
      });
    }
    for (const foreignKey of resource.schema.foreignKeys ?? []) {
      const target = resolve(resource, foreignKey.reference.resource);
      if (!target) {
        errors.push({
          resource: resource.name,
          message: `ressource référencée introuvable : ${foreignKey.reference.resource}`,
        });
        continue;
      }
      const known = new Set(target.rows.map((row) => key(row, foreignKey.reference.fields)));
      resource.rows.forEach((row, index) => {
        // A foreign key with a missing value refers to nothing, as Table Schema allows.
        if (foreignKey.fields.every((field) => row[field] === null || row[field] === undefined)) return;
        if (!known.has(key(row, foreignKey.fields)))
          errors.push({
            resource: resource.name,
            row: index + 2,
            field: foreignKey.fields.join(","),
            message: `${key(row, foreignKey.fields)} absent de ${target.name}`,
          });
      });
    }
  }
  return errors;
}
