import { describe, expect, it } from "vitest";
import type { TSourceStatus } from "./prefill-path.ts";
import { PATH_SOURCES, type TSourceKey } from "./wizard-definition.ts";
import { sourceProgress } from "./source-progress.ts";
import { WIZARD_STAGES } from "./wizard-flow.ts";

const path = "PARTICULIER" as const;
const all = PATH_SOURCES[path];
const [provider, first, second, ...rest] = all;
const base = { stage: "consentement" as const, path, consented: [...all], sources: [] as TSourceStatus[] };
const status = (key: TSourceKey, value: TSourceStatus["status"]): TSourceStatus => ({
  key,
  status: value,
  message: null,
  durationMs: 3,
  calls: [],
});

describe("sourceProgress", () => {
  it("lists nothing before the consent", () => {
    for (const stage of ["choisir", "identite"] as const)
      expect(sourceProgress({ ...base, stage }, { running: false, identityProvider: provider })).toEqual([]);
  });

  it("shows the consented sources and the identity provider waiting, then running while the pre-fill runs", () => {
    const consented = [first];
    const waiting = sourceProgress({ ...base, consented }, { running: false, identityProvider: provider });
    expect(waiting.map(({ key, progress }) => [key, progress])).toEqual([
      [provider, "en_attente"],
      [first, "en_attente"],
    ]);
    const running = sourceProgress({ ...base, consented }, { running: true, identityProvider: provider });
    expect(running.map(({ progress }) => progress)).toEqual(["en_cours", "en_cours"]);
  });

  it("gives each source its own outcome once the answers are in, and leaves out the ones not called", () => {
    const sources = [
      status(provider, "ok"),
      status(first, "failed"),
      status(second, "not_found"),
      ...rest.map((key) => status(key, "not_consented")),
    ];
    const done = sourceProgress(
      { ...base, stage: "formulaire", sources },
      { running: false, identityProvider: provider },
    );
    expect(done.map(({ key, progress }) => [key, progress])).toEqual([
      [provider, "termine"],
      [first, "en_echec"],
      [second, "termine"],
    ]);
    expect(done[2].result?.status).toBe("not_found");
  });

  it("shows a new pre-fill as running even while the previous answers are kept", () => {
    const sources = all.map((key) => status(key, "ok"));
    expect(
      sourceProgress({ ...base, sources }, { running: true, identityProvider: provider }).every(
        ({ progress }) => progress === "en_cours",
      ),
    ).toBe(true);
  });

  it("covers every stage of the flow", () => {
    for (const stage of WIZARD_STAGES)
      expect(() => sourceProgress({ ...base, stage }, { running: false, identityProvider: provider })).not.toThrow();
  });
});
