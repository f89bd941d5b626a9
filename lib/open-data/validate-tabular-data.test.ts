import { describe, expect, it } from "vitest";
import { readCsvResource, validateTabularResources, type TTableSchemaDescriptor } from "./validate-tabular-data.ts";

const parents: TTableSchemaDescriptor = {
  fields: [
    { name: "id", type: "string", constraints: { required: true, unique: true, pattern: "[a-z]+" } },
    { name: "n", type: "integer", constraints: { minimum: 1, maximum: 5 } },
    { name: "ok", type: "boolean", constraints: { required: true } },
    { name: "tags", type: "array" },
    { name: "on", type: "date" },
    { name: "at", type: "datetime", constraints: { required: true } },
    { name: "kind", type: "string", constraints: { enum: ["A", "B"] } },
    { name: "url", type: "string", format: "uri" },
  ],
  primaryKey: ["id"],
};
const children: TTableSchemaDescriptor = {
  fields: [
    { name: "parent", type: "string" },
    { name: "label", type: "string", constraints: { required: true, minLength: 1 } },
  ],
  primaryKey: ["parent", "label"],
  foreignKeys: [{ fields: ["parent"], reference: { resource: "parents", fields: ["id"] } }],
};
const header = "id;n;ok;tags;on;at;kind;url";
const valid = 'abc;3;true;"[""x""]";2026-12-04;2026-12-04T10:00:00Z;A;https://exemple.fr/a';
const read = (csv: string) => readCsvResource("parents", parents, `\uFEFF${csv}`, { delimiter: ";" });
const errorsOf = (csv: string) => {
  const { resource, errors } = read(csv);
  return [...errors, ...validateTabularResources([resource])].map((error) => `${error.field ?? ""}: ${error.message}`);
};

describe("Table Schema validation of tabular data", () => {
  it("accepts a file that follows its schema, missing values included", () => {
    expect(errorsOf(`${header}\r\n${valid}\r\nxyz;;false;;;2026-01-01T00:00:00Z;;\r\n`)).toEqual([]);
  });

  it.each([
    ["a wrong header", "id;n;ok;tags;on;at;url;kind\r\n" + valid, /en-tête/],
    ["a pattern not matched as a whole", valid.replace("abc", "abc1"), /^id: .*pattern/],
    ["a missing required value", valid.replace("true", ""), /^ok: /],
    ["a non-integer", valid.replace(";3;", ";3.5;"), /^n: .*entier/],
    ["an integer above its maximum", valid.replace(";3;", ";6;"), /^n: .*<= 5/],
    ["a boolean spelt otherwise", valid.replace("true", "oui"), /^ok: .*booléen/],
    ["an array that is not JSON", valid.replace('"[""x""]"', "x,y"), /^tags: .*tableau JSON/],
    ["a date in French", valid.replace("2026-12-04;", "04/12/2026;"), /^on: .*format/],
    ["a datetime without its zone", valid.replace("10:00:00Z", "10:00:00"), /^at: /],
    ["a value outside its enum", valid.replace(";A;", ";C;"), /^kind: .*allowed values/],
    ["a URL that is not one", valid.replace("https://exemple.fr/a", "pas une adresse"), /^url: .*format/],
    ["a row with a cell too many", valid + ";x", /cellules/],
  ])("refuses %s", (_, body, expected) => {
    const csv = body.startsWith("id;") ? body : `${header}\r\n${body}`;
    expect(
      errorsOf(csv).some((error) => expected.test(error)),
      errorsOf(csv).join("\n"),
    ).toBe(true);
  });

  it("refuses a duplicate primary key and a foreign key that refers to nothing, and accepts a missing one", () => {
    const { resource: parent } = read(`${header}\r\n${valid}\r\n${valid}\r\n`);
    const child = {
      name: "children",
      schema: children,
      rows: [
        { parent: "abc", label: "a" },
        { parent: null, label: "b" },
        { parent: "zzz", label: "c" },
        { parent: "abc", label: "a" },
      ],
    };
    const errors = validateTabularResources([parent, child]).map(
      (error) => `${error.resource} ${error.field}: ${error.message}`,
    );
    expect(errors).toEqual([
      expect.stringMatching(/^parents id: valeur en double/),
      expect.stringMatching(/^parents id: valeur en double/),
      expect.stringMatching(/^children parent,label: valeur en double/),
      expect.stringMatching(/^children parent: \["zzz"\] absent de parents/),
    ]);
  });
});
