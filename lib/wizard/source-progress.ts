import type { TSourceStatus } from "./prefill-path.ts";
import { PATH_SOURCES, type TSourceKey } from "./wizard-definition.ts";
import type { TWizardState } from "./wizard-flow.ts";

export type TSourceProgress = "en_attente" | "en_cours" | "termine" | "en_echec";
export const SOURCE_PROGRESS_LABELS: Record<TSourceProgress, string> = {
  en_attente: "En attente",
  en_cours: "En cours",
  termine: "Terminé",
  en_echec: "En échec",
};

export type TSourceProgressEntry = { key: TSourceKey; progress: TSourceProgress; result: TSourceStatus | null };

/**
 * Where each administration's call stands, from the consent on: the sources the person agreed to (the identity provider
 * always, it signed them in) are waiting until the pre-fill starts, running while it runs, then done or failed from
 * their own answer. An administration that does not know the person answered: its call is done, with nothing to
 * pre-fill. Sources left unticked are not called and not listed.
 */
export function sourceProgress(
  { stage, path, consented, sources }: Pick<TWizardState, "stage" | "path" | "consented" | "sources">,
  { running, identityProvider }: { running: boolean; identityProvider: TSourceKey },
): TSourceProgressEntry[] {
  if (stage === "choisir" || stage === "identite") return [];
  if (sources.length > 0 && !running) {
    return sources
      .filter((source) => source.status !== "not_consented")
      .map((source) => ({
        key: source.key,
        progress: source.status === "failed" ? "en_echec" : "termine",
        result: source,
      }));
  }
  const called = PATH_SOURCES[path].filter((key) => key === identityProvider || consented.includes(key));
  return called.map((key) => ({ key, progress: running ? "en_cours" : "en_attente", result: null }));
}
