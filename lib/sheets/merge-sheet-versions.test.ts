import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { ORGANISATION_TYPES } from "@/lib/organisations/organisation-types.ts";
import { PATH_KINDS, SOLUTION_STATUSES } from "./sheet-content.ts";
import { EMPTY_SHEET_CONTENT } from "./create-sheet.ts";
import {
  MERGE_KEYS,
  mergeSheetVersions,
  resolveSheetConflicts,
  theirsFromRefusedSave,
  type TSheetVersion,
} from "./merge-sheet-versions.ts";
import type { TLatestRevision } from "./get-latest-revision.ts";

const text = fc.string({ maxLength: 12 });
const arbitraryVersion: fc.Arbitrary<TSheetVersion> = fc.record({
  title: text,
  summary: text,
  content: fc.record({
    context: text,
    problem: text,
    ambition: text,
    targetPublic: text,
    benefits: text,
    actors: text,
    solutions: fc.array(
      fc.record({
        name: text,
        targetDate: fc.constantFrom(null, "2027-01-31"),
        status: fc.constantFrom(...SOLUTION_STATUSES),
        content: text,
      }),
      { maxLength: 2 },
    ),
    paths: fc
      .subarray([...PATH_KINDS])
      .map((kinds) => kinds.map((kind) => ({ kind, carriedBy: "", askedToday: "", dataHeld: "", target: "" }))),
    actorTypes: fc.subarray([...ORGANISATION_TYPES]),
    irritants: fc.array(fc.constantFrom("a", "b", "c"), { maxLength: 3 }),
    dataItems: fc.array(fc.constantFrom("x", "y"), { maxLength: 2 }),
  }),
});

/** Starting from `base`, a version where a random choice of sections comes from `other`. */
const editedFrom = (base: TSheetVersion) =>
  fc
    .tuple(arbitraryVersion, fc.subarray([...MERGE_KEYS]))
    .map(([other, keys]) =>
      resolveSheetConflicts(base, other, keys, Object.fromEntries(keys.map((key) => [key, "theirs"]))),
    );

const base: TSheetVersion = {
  title: "Titre d'origine",
  summary: "Résumé d'origine.",
  content: { ...EMPTY_SHEET_CONTENT, problem: "Problème", actors: "Acteurs" },
};

describe("three-way merge of sheet versions", () => {
  it("takes a section changed on one side only, and flags a section both changed differently", () => {
    const mine = { ...base, content: { ...base.content, problem: "Mon problème", actors: "Ajout de Léa" } };
    const theirs = { ...base, title: "Leur titre", content: { ...base.content, problem: "Leur problème" } };
    const { merged, conflicts } = mergeSheetVersions(base, mine, theirs);
    expect(conflicts).toEqual(["problem"]);
    expect(merged).toEqual({
      ...base,
      title: "Leur titre",
      content: { ...base.content, problem: "Mon problème", actors: "Ajout de Léa" },
    });
    expect(resolveSheetConflicts(merged, theirs, conflicts, { problem: "theirs" }).content.problem).toBe(
      "Leur problème",
    );
    expect(resolveSheetConflicts(merged, theirs, conflicts, { problem: "mine" }).content.problem).toBe("Mon problème");
  });

  it("sees the same list or path whatever the order of its object keys", () => {
    const path = { kind: "EMPLOYEUR" as const, carriedBy: "RH", askedToday: "", dataHeld: "", target: "" };
    const reordered = { target: "", dataHeld: "", askedToday: "", carriedBy: "RH", kind: "EMPLOYEUR" as const };
    const mine = { ...base, content: { ...base.content, paths: [path] } };
    const theirs = { ...base, content: { ...base.content, paths: [reordered] } };
    expect(mergeSheetVersions(base, mine, theirs).conflicts).toEqual([]);
  });

  it("merge(base, x, x) = x with no conflict", () => {
    fc.assert(
      fc.property(arbitraryVersion, arbitraryVersion, (origin, same) => {
        expect(mergeSheetVersions(origin, same, same)).toEqual({ merged: same, conflicts: [] });
      }),
    );
  });

  it("merge(base, base, theirs) = theirs and merge(base, mine, base) = mine", () => {
    fc.assert(
      fc.property(arbitraryVersion, arbitraryVersion, (origin, other) => {
        expect(mergeSheetVersions(origin, origin, other)).toEqual({ merged: other, conflicts: [] });
        expect(mergeSheetVersions(origin, other, origin)).toEqual({ merged: other, conflicts: [] });
      }),
    );
  });

  it("keeps every change of either side, and a conflict only where both changed a section differently", () => {
    fc.assert(
      fc.property(
        arbitraryVersion.chain((origin) => fc.tuple(fc.constant(origin), editedFrom(origin), editedFrom(origin))),
        ([origin, mine, theirs]) => {
          const { merged, conflicts } = mergeSheetVersions(origin, mine, theirs);
          const value = (version: TSheetVersion, key: (typeof MERGE_KEYS)[number]) =>
            JSON.stringify(key === "title" || key === "summary" ? version[key] : version.content[key]);
          for (const key of MERGE_KEYS) {
            const [b, m, t] = [origin, mine, theirs].map((version) => value(version, key));
            expect(conflicts.includes(key)).toBe(m !== b && t !== b && m !== t);
            expect(value(merged, key)).toBe(m !== b ? m : t);
          }
          const allTheirs = resolveSheetConflicts(
            merged,
            theirs,
            conflicts,
            Object.fromEntries(conflicts.map((key) => [key, "theirs"])),
          );
          for (const key of conflicts) expect(value(allTheirs, key)).toBe(value(theirs, key));
        },
      ),
    );
  });
});

describe("a refused save", () => {
  const latestRevision: TLatestRevision = {
    id: "r2",
    number: 2,
    title: "T",
    summary: "S",
    content: EMPTY_SHEET_CONTENT,
    author: "Inès",
  };

  it("opens the merge view with the latest revision sent along a STALE answer", () => {
    expect(
      theirsFromRefusedSave({
        serverError: {
          code: "STALE",
          message: "La fiche a été modifiée entre-temps (version 2)",
          details: { latestRevision },
        },
      }),
    ).toEqual(latestRevision);
  });

  it("opens nothing for other failures, nor for a STALE answer without the revision", () => {
    expect(theirsFromRefusedSave({ serverError: { code: "CONFLICT", message: "Conflit" } })).toBeNull();
    expect(theirsFromRefusedSave({ serverError: { code: "STALE", message: "Périmé" } })).toBeNull();
    expect(
      theirsFromRefusedSave({ validationErrors: { formErrors: [], fieldErrors: { title: ["Trop court."] } } }),
    ).toBeNull();
    expect(theirsFromRefusedSave(undefined)).toBeNull();
  });
});
