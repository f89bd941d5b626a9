import Ajv04 from "ajv-draft-04";
import addFormats from "ajv-formats";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import tableSchemaProfile from "./profiles/table-schema.json" with { type: "json" };
import dataPackageProfile from "./profiles/data-package.json" with { type: "json" };
import { OPEN_DATA_RESOURCES, tableSchema, type TOpenDataRow, type TTableSchemaField } from "./open-data-resources.ts";
import {
  dataPackage,
  OPEN_DATA_CSV_DIALECT,
  renderOpenDataFile,
  resourceCsv,
  resourceJson,
} from "./render-open-data-file.ts";
import { readCsvResource, validateTabularResources } from "./validate-tabular-data.ts";
import { neutraliseFormula } from "@/lib/csv/spreadsheet-csv.ts";
import { controlText, UNSAFE_SNIPPETS } from "@/lib/test/hostile-input.ts";

const ajv = new Ajv04({ allErrors: true, strict: false });
addFormats(ajv);
const validateTableSchema = ajv.compile(tableSchemaProfile);
const validateDataPackage = ajv.compile(dataPackageProfile);
const emptyOpenData = { updatedAt: "2026-12-04T10:00:00Z", version: "2026-12-04.abcdef12", tables: {} };

describe("published descriptors", () => {
  it.each(OPEN_DATA_RESOURCES.map((resource) => [resource.name, resource] as const))(
    "the Table Schema of %s follows the official Table Schema profile",
    (_, resource) => {
      const schema = JSON.parse(
        renderOpenDataFile(`${resource.name}.schema.json`, emptyOpenData, "https://atelier.exemple.fr")!.body,
      );
      expect(validateTableSchema(schema), JSON.stringify(validateTableSchema.errors)).toBe(true);
      expect(schema.fields.map((field: TTableSchemaField) => field.name)).toEqual(
        resource.fields.map((field) => field.name),
      );
      // Every field says in French what it holds; keys name fields of the schema and resources of the package.
      for (const field of resource.fields)
        expect(field.title.length * field.description.length, field.name).toBeGreaterThan(0);
      const names = new Set(resource.fields.map((field) => field.name));
      for (const key of [
        ...resource.primaryKey,
        ...(resource.foreignKeys ?? []).flatMap((foreignKey) => foreignKey.fields),
      ])
        expect(names.has(key), key).toBe(true);
      for (const foreignKey of resource.foreignKeys ?? []) {
        const target = OPEN_DATA_RESOURCES.find((candidate) => candidate.name === foreignKey.reference.resource);
        expect(target?.primaryKey, `${resource.name} → ${foreignKey.reference.resource}`).toEqual(
          foreignKey.reference.fields,
        );
      }
    },
  );

  it("the profile refuses a descriptor that breaks it (the check can fail)", () => {
    expect(validateTableSchema({ fields: [{ name: "x", type: "texte" }] })).toBe(false);
    expect(validateTableSchema({ fields: [] })).toBe(false);
    expect(validateDataPackage({ name: "x" })).toBe(false);
  });

  it("the data package follows the official Data Package profile and lists every resource in CSV and JSON with its schema", () => {
    const descriptor = dataPackage(emptyOpenData, "https://atelier.exemple.fr");
    expect(validateDataPackage(descriptor), JSON.stringify(validateDataPackage.errors)).toBe(true);
    expect(descriptor.resources.map((resource) => resource.path.split("/").pop())).toEqual(
      OPEN_DATA_RESOURCES.flatMap((resource) => [`${resource.name}.csv`, `${resource.name}.json`]),
    );
    for (const resource of descriptor.resources) expect(validateTableSchema(resource.schema), resource.name).toBe(true);
    expect(descriptor.licenses[0].name).toBe("etalab-2.0");
  });

  it("answers null for a file it does not publish", () => {
    for (const file of [
      "inconnue.csv",
      "irritants.xlsx",
      "irritants",
      "../irritants.csv",
      "Irritants.csv",
      "irritants.schema.csv",
    ])
      expect(renderOpenDataFile(file, emptyOpenData, "")).toBeNull();
  });
});

/** A value of the field's type, with hostile text wherever the schema lets text in freely. */
function fieldValue(field: TTableSchemaField): fc.Arbitrary<TOpenDataRow[string]> {
  const constraints = field.constraints ?? {};
  const hostile = fc
    .oneof(
      fc.constantFrom(
        ...UNSAFE_SNIPPETS,
        "=1+1",
        "+33 1 23",
        "-12",
        "@SUM(A1)",
        "\tTab",
        "\rRetour",
        "'déjà",
        "a;b",
        '"guillemets"',
        "ligne\r\nsuivante",
        '["pas","un tableau"]',
        "true",
        "NaN",
      ),
      controlText.map((text) => text.replace(/[\ud800-\udfff]/g, "")),
    )
    .filter((text) => !constraints.minLength || text.length >= constraints.minLength);
  const value = (() => {
    if (constraints.enum) return fc.constantFrom(...constraints.enum);
    if (constraints.pattern)
      return fc.stringMatching(new RegExp(`^(?:${constraints.pattern})$`)).filter((text) => text.length < 60);
    switch (field.type) {
      case "integer":
        return fc.integer({ min: constraints.minimum ?? -1_000, max: constraints.maximum ?? 1_000 });
      case "boolean":
        return fc.boolean();
      case "date":
        return fc
          .date({ min: new Date("2000-01-01"), max: new Date("2099-12-31"), noInvalidDate: true })
          .map((date) => date.toISOString().slice(0, 10));
      case "datetime":
        return fc
          .date({ min: new Date("2000-01-01"), max: new Date("2099-12-31"), noInvalidDate: true })
          .map((date) => date.toISOString().replace(/\.\d{3}Z$/, "Z"));
      case "array":
        return fc.array(hostile, { maxLength: 3 });
      default:
        return field.format === "uri" ? fc.webUrl() : hostile;
    }
  })() as fc.Arbitrary<TOpenDataRow[string]>;
  return constraints.required ? value : fc.option(value, { nil: null });
}

const rowsOf = (fields: TTableSchemaField[]) =>
  fc.array(fc.record(Object.fromEntries(fields.map((field) => [field.name, fieldValue(field)]))), { maxLength: 6 });

describe("CSV and JSON files against their schemas, whatever the text", () => {
  it.each(OPEN_DATA_RESOURCES.map((resource) => [resource.name, resource] as const))(
    "%s: formula neutralisation never breaks the schema, and JSON keeps the text as is",
    (_, resource) => {
      const schema = tableSchema(resource);
      fc.assert(
        fc.property(rowsOf(resource.fields), (generated) => {
          // Keys are validated elsewhere: here, each row gets a distinct key so that only types and constraints are
          // tested.
          const rows = generated.map((row, index) => ({
            ...row,
            ...Object.fromEntries(
              resource.primaryKey.map((key) => [
                key,
                `${String(row[key] ?? "k").replace(/-\d+$/, "")}-${index}`.replace(/^-/, "k-"),
              ]),
            ),
          }));
          const { resource: fromCsv, errors } = readCsvResource(
            resource.name,
            schema,
            resourceCsv(resource, rows),
            OPEN_DATA_CSV_DIALECT,
          );
          const fromJson = { name: resource.name, schema, rows: JSON.parse(resourceJson(resource, rows)) };
          const noReferences = () => ({ name: "", schema: { fields: [] }, rows: [] });
          const found = [
            ...errors,
            ...validateTabularResources(
              [
                { ...fromCsv, schema: { ...schema, foreignKeys: [] } },
                { ...fromJson, schema: { ...schema, foreignKeys: [] } },
              ],
              noReferences,
            ),
          ];
          expect(found).toEqual([]);
          // What the CSV reads back is the row, text neutralised (an apostrophe before =, +, -, @, tab, CR), nothing
          // else.
          // An empty text is a missing value, null in both.
          const published = (value: TOpenDataRow[string]) => (value === "" ? null : value);
          const neutralised = (value: TOpenDataRow[string]) =>
            typeof value === "string" ? neutraliseFormula(value) : value;
          expect(fromCsv.rows).toEqual(
            rows.map((row) =>
              Object.fromEntries(resource.fields.map((field) => [field.name, neutralised(published(row[field.name]))])),
            ),
          );
          expect(fromJson.rows).toEqual(
            rows.map((row) =>
              Object.fromEntries(resource.fields.map((field) => [field.name, published(row[field.name])])),
            ),
          );
        }),
        { numRuns: 60 },
      );
    },
  );
});
