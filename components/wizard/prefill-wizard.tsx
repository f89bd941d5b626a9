"use client";
import Link from "next/link";
import { useAction } from "next-safe-action/hooks";
import { useMemo, useReducer, useState, type FormEvent } from "react";
import { identityProviderFor } from "@/lib/connectors/simulated-sign-in.ts";
import { PATH_LABELS, type TPathKind } from "@/lib/sheets/sheet-content.ts";
import {
  DEFAULT_ASSUMPTIONS,
  PATH_FIELDS,
  PATH_SOURCES,
  PATH_TITLES,
  SOURCES,
  type TSourceKey,
} from "@/lib/wizard/wizard-definition.ts";
import { computeEffect } from "@/lib/wizard/compute-effect.ts";
import {
  createWizardReducer,
  DEMO_FAILURES,
  emptyFields,
  fieldErrors,
  initialWizardState,
  personasOf,
  type TDemoFailure,
  type TPersonaChoice,
} from "@/lib/wizard/wizard-flow.ts";
import { usePrefillPath } from "@/lib/wizard/hooks/use-prefill-path.ts";
import { useSignInSimulated } from "@/lib/wizard/hooks/use-sign-in-simulated.ts";
import { useRecordWizardRun } from "@/lib/wizard/hooks/use-record-wizard-run.ts";
import { useWizardStats } from "@/lib/wizard/hooks/use-wizard-stats.ts";
import { buildDemarcheRequestAction } from "@/lib/wizard/actions.ts";
import { ActionFeedback } from "@/components/ui/action-feedback.tsx";
import { Tag } from "@/components/ui/tag.tsx";
import { fr } from "@codegouvfr/react-dsfr";
import { FranceConnectButton } from "@codegouvfr/react-dsfr/FranceConnectButton";
import { ProConnectButton } from "@codegouvfr/react-dsfr/ProConnectButton";
import { Stepper } from "@codegouvfr/react-dsfr/Stepper";
import { WIZARD_STAGES, type TWizardStage } from "@/lib/wizard/wizard-flow.ts";
import { SOURCE_PROGRESS_LABELS, sourceProgress, type TSourceProgress } from "@/lib/wizard/source-progress.ts";
import { EffectPanel } from "./effect-panel.tsx";

const FAILURE_LABELS: Record<TDemoFailure, string> = {
  timeout: "Délai dépassé",
  429: "Trop de requêtes (429)",
  502: "Erreur du fournisseur (502)",
  504: "Passerelle expirée (504)",
};
const primary = fr.cx("fr-btn");
const secondary = fr.cx("fr-btn", "fr-btn--secondary");
/** The stepper's title of each stage; it is the stage's heading. */
const STAGE_TITLES: Record<TWizardStage, string> = {
  choisir: "1. Choisir un parcours et une persona",
  identite: "2. S'identifier",
  consentement: "3. Ce que nous allons demander, à qui, et pourquoi",
  formulaire: "4. Vérifier et compléter la demande",
  termine: "5. La demande, prête pour démarches-simplifiées",
};
const PROGRESS_TONES: Record<TSourceProgress, "neutre" | "info" | "succes" | "erreur"> = {
  en_attente: "neutre",
  en_cours: "info",
  termine: "succes",
  en_echec: "erreur",
};
const time = (iso: string) =>
  new Date(iso).toLocaleTimeString("fr-FR", { hour: "2-digit", minute: "2-digit", second: "2-digit" });

/**
 * Renders the wizard's flow (lib/wizard/wizard-flow.ts) and runs its calls:
 * the simulated sign-in, the pre-fill, the démarches-simplifiées request.
 * `personas`: the simulated sign-in page's choices, given by the page.
 */
export function PrefillWizard({
  initialPath,
  personas,
  isMember,
  irritantTitles,
}: {
  initialPath: TPathKind;
  personas: TPersonaChoice[];
  isMember: boolean;
  irritantTitles: Record<string, string>;
}) {
  const [presenter, setPresenter] = useState(false);
  const reducer = useMemo(() => createWizardReducer(personas), [personas]);
  const [state, dispatch] = useReducer(reducer, initialPath, (path) => initialWizardState(personas, path));
  const { stage, path, personaKey, identity, consented, failures, fields, sources, errors } = state;
  const [assumptions, setAssumptions] = useState(DEFAULT_ASSUMPTIONS);
  const signIn = useSignInSimulated();
  const prefill = usePrefillPath();
  const recordRun = useRecordWizardRun();
  const stats = useWizardStats({ enabled: isMember });
  const demarche = useAction(buildDemarcheRequestAction);
  const identityProvider: TSourceKey = identityProviderFor(path);

  const answered = useMemo(
    () => sources.filter((source) => source.status === "ok").map((source) => source.key),
    [sources],
  );
  const effect = useMemo(
    () => computeEffect(path, fields.length ? fields : emptyFields(path), answered, assumptions),
    [path, fields, answered, assumptions],
  );

  function reset() {
    dispatch({ type: "reset" });
    signIn.reset();
    prefill.reset();
    demarche.reset();
  }

  function choosePath(nextPath: TPathKind) {
    dispatch({ type: "pathChosen", path: nextPath });
    signIn.reset();
    prefill.reset();
    demarche.reset();
  }

  async function signInSimulated() {
    dispatch({ type: "signedIn", identity: await signIn.mutateAsync({ path, personaKey }) });
  }

  async function runPrefill(withConsent: TSourceKey[]) {
    if (!identity) return;
    dispatch({
      type: "prefilled",
      result: await prefill.mutateAsync({ path, identity, consented: withConsent, failures }),
    });
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    dispatch({ type: "submitted" });
    if (Object.keys(fieldErrors(path, fields)).length > 0) return;
    recordRun.mutate({
      path,
      personaKey,
      fieldsPrefilled: effect.prefilled,
      fieldsTyped: effect.typed,
      fieldsCorrected: effect.corrected,
      documentsAvoided: effect.documentsAvoided.length,
      apiFailures: sources.filter((source) => source.status === "failed").length,
      secondsSaved: Math.round(effect.minutesSaved * 60),
    });
    demarche.execute({
      path,
      values: Object.fromEntries(fields.map((field) => [field.key, field.value])),
      send: false,
    });
  }

  const progress = sourceProgress(state, { running: prefill.isPending, identityProvider });
  const stageIndex = WIZARD_STAGES.indexOf(stage);
  const nextStage = WIZARD_STAGES[stageIndex + 1];
  const sections = [...new Set(PATH_FIELDS[path].map((field) => field.section))];
  const choices = personasOf(personas, path);
  const persona = choices.find((candidate) => candidate.key === personaKey) ?? choices[0];

  return (
    <div className={presenter ? "text-lg [&_h2]:text-3xl" : ""}>
      <div className="no-print mb-6 flex flex-wrap items-center gap-4 rounded bg-white p-3">
        <div className={fr.cx("fr-checkbox-group", "fr-checkbox-group--sm")}>
          <input
            type="checkbox"
            id="mode-presentation"
            checked={presenter}
            onChange={(e) => setPresenter(e.target.checked)}
          />
          <label className={fr.cx("fr-label")} htmlFor="mode-presentation">
            Mode présentation
          </label>
        </div>
        {presenter && (
          <>
            <label className="inline-flex items-center gap-2">
              Persona
              <select
                value={personaKey}
                onChange={(e) => {
                  dispatch({ type: "personaChosen", personaKey: e.target.value });
                  signIn.reset();
                  prefill.reset();
                }}
                className={fr.cx("fr-select")}
              >
                {choices.map((candidate) => (
                  <option key={candidate.key} value={candidate.key}>
                    {candidate.label}
                  </option>
                ))}
              </select>
            </label>
            <button type="button" onClick={() => reset()} className={secondary}>
              Réinitialiser
            </button>
          </>
        )}
      </div>

      <div className="grid gap-8 lg:grid-cols-[2fr_1fr]">
        <div className="space-y-6">
          <Stepper
            currentStep={stageIndex + 1}
            stepCount={WIZARD_STAGES.length}
            title={STAGE_TITLES[stage]}
            nextTitle={nextStage ? STAGE_TITLES[nextStage].replace(/^\d\. /, "") : undefined}
          />
          {stage === "choisir" && (
            <section
              aria-label={STAGE_TITLES.choisir}
              className="space-y-4 rounded border border-gray-200 bg-white p-6"
            >
              <fieldset className={fr.cx("fr-fieldset")}>
                <legend className={fr.cx("fr-fieldset__legend")}>Parcours</legend>
                {(Object.keys(PATH_TITLES) as TPathKind[]).map((candidate) => (
                  <div key={candidate} className={fr.cx("fr-fieldset__element")}>
                    <div className={fr.cx("fr-radio-group")}>
                      <input
                        type="radio"
                        id={`parcours-${candidate}`}
                        name="parcours"
                        checked={path === candidate}
                        onChange={() => choosePath(candidate)}
                      />
                      <label className={fr.cx("fr-label")} htmlFor={`parcours-${candidate}`}>
                        {PATH_LABELS[candidate]}
                        <span className={fr.cx("fr-hint-text")}>{PATH_TITLES[candidate]}</span>
                      </label>
                    </div>
                  </div>
                ))}
              </fieldset>
              <div className={fr.cx("fr-select-group")}>
                <label htmlFor="persona" className={fr.cx("fr-label")}>
                  Persona (fictive)
                </label>
                <select
                  id="persona"
                  value={personaKey}
                  onChange={(e) => dispatch({ type: "personaChosen", personaKey: e.target.value })}
                  className={fr.cx("fr-select")}
                >
                  {choices.map((candidate) => (
                    <option key={candidate.key} value={candidate.key}>
                      {candidate.label}
                    </option>
                  ))}
                </select>
                <p className="mt-2 text-sm">{persona.description}</p>
                {persona.schemes.length > 0 && (
                  <p className="mt-1 text-sm" data-testid="dispositifs">
                    Dispositifs possibles pour cette situation : {persona.schemes.join(", ")}.
                  </p>
                )}
              </div>
              <button type="button" className={primary} onClick={() => dispatch({ type: "started" })}>
                Commencer la démarche
              </button>
            </section>
          )}

          {stage === "identite" && (
            <section
              aria-label={STAGE_TITLES.identite}
              className="space-y-4 rounded border border-gray-200 bg-white p-6"
            >
              <p>
                {path === "PARTICULIER"
                  ? "La personne s'identifie avec FranceConnect : nom, prénoms, date et lieu de naissance sont transmis par le fournisseur d'identité."
                  : "Le déclarant s'identifie avec ProConnect : la structure est reconnue par son SIRET."}
              </p>
              <p className="text-sm">
                Identification simulée : {persona.label}. Le bouton officiel mène ici à un fournisseur d'identité de
                démonstration.
              </p>
              {/* The official buttons; a click while the simulated sign-in runs is ignored rather than sent twice. */}
              {path === "PARTICULIER" ? (
                <FranceConnectButton
                  onClick={() => {
                    if (!signIn.isPending) void signInSimulated().catch(() => undefined);
                  }}
                />
              ) : (
                <ProConnectButton
                  onClick={() => {
                    if (!signIn.isPending) void signInSimulated().catch(() => undefined);
                  }}
                />
              )}
              {signIn.error && (
                <p role="alert" className="font-medium text-[var(--text-default-error)]">
                  {signIn.error.message}
                </p>
              )}
            </section>
          )}

          {stage === "consentement" && (
            <section
              aria-label={STAGE_TITLES.consentement}
              className="space-y-4 rounded border border-gray-200 bg-white p-6"
            >
              {identity && (
                <p className="text-sm" data-testid="identite-recue">
                  Identité transmise par {identity.fournisseur === "franceconnect" ? "FranceConnect" : "ProConnect"}{" "}
                  (simulé) : {identity.given_name}{" "}
                  {identity.fournisseur === "franceconnect" ? identity.family_name : identity.usual_name}
                  {identity.fournisseur === "proconnect" ? `, SIRET ${identity.siret}` : ""}.
                </p>
              )}
              <p>
                Seules les données nécessaires à cette démarche sont demandées. Décochez ce que vous préférez saisir
                vous-même.
              </p>
              <ul className="space-y-3">
                {PATH_SOURCES[path]
                  .filter((key) => key !== identityProvider)
                  .map((key) => {
                    const source = SOURCES[key];
                    return (
                      <li key={key} className="rounded border border-gray-200 p-3">
                        <div className={fr.cx("fr-checkbox-group")}>
                          <input
                            type="checkbox"
                            id={`consentement-${key}`}
                            checked={consented.includes(key)}
                            onChange={(e) =>
                              dispatch({ type: "consentChanged", source: key, consented: e.target.checked })
                            }
                          />
                          <label className={fr.cx("fr-label")} htmlFor={`consentement-${key}`}>
                            <span>
                              <strong>{source.label}</strong>{" "}
                              {source.hypothetical && <Tag tone="alerte">Hypothétique</Tag>}
                            </span>
                            <span className={fr.cx("fr-hint-text")}>
                              {source.administration} — {source.data}. Pourquoi : {source.purpose}.
                            </span>
                          </label>
                        </div>
                        {presenter && (
                          <label className="mt-2 flex items-center gap-2 text-sm">
                            Simuler une panne de {source.label}
                            <select
                              value={failures[key] ?? ""}
                              onChange={(e) =>
                                dispatch({
                                  type: "failureChosen",
                                  source: key,
                                  failure: DEMO_FAILURES.find((failure) => failure === e.target.value) ?? null,
                                })
                              }
                              className={fr.cx("fr-select", "fr-mt-0")}
                            >
                              <option value="">Aucune panne</option>
                              {DEMO_FAILURES.map((failure) => (
                                <option key={failure} value={failure}>
                                  {FAILURE_LABELS[failure]}
                                </option>
                              ))}
                            </select>
                          </label>
                        )}
                      </li>
                    );
                  })}
              </ul>
              <div className="flex flex-wrap gap-3">
                <button
                  type="button"
                  className={primary}
                  disabled={prefill.isPending}
                  onClick={() =>
                    void runPrefill([identityProvider, ...consented.filter((key) => key !== identityProvider)]).catch(
                      () => undefined,
                    )
                  }
                >
                  {prefill.isPending ? "Interrogation des administrations…" : "Autoriser et pré-remplir"}
                </button>
                <button
                  type="button"
                  className={secondary}
                  disabled={prefill.isPending}
                  onClick={() => void runPrefill([]).catch(() => undefined)}
                >
                  Tout saisir moi-même
                </button>
              </div>
              {prefill.error && (
                <p role="alert" className="font-medium text-[var(--text-default-error)]">
                  {prefill.error.message}
                </p>
              )}
            </section>
          )}

          {(stage === "formulaire" || stage === "termine") && (
            <form onSubmit={submit} noValidate aria-label="La demande" className="space-y-6">
              {sources
                .filter((source) => source.status === "failed" || source.status === "not_found")
                .map((source) => (
                  <div
                    key={source.key}
                    role="alert"
                    className={fr.cx(
                      "fr-alert",
                      source.status === "failed" ? "fr-alert--error" : "fr-alert--warning",
                      "fr-alert--sm",
                    )}
                  >
                    <p className="font-medium">{source.message}</p>
                    {SOURCES[source.key].replaces.length > 0 && (
                      <label className="mt-2 block text-sm">
                        Joindre le justificatif ({SOURCES[source.key].replaces.join(", ")})
                        <input type="file" className={fr.cx("fr-upload", "fr-mt-1v")} />
                      </label>
                    )}
                  </div>
                ))}
              {sections.map((section) => {
                const definitions = PATH_FIELDS[path].filter((field) => field.section === section);
                const irritants = [
                  ...new Set(
                    definitions.map((field) => field.source && SOURCES[field.source].irritant).filter(Boolean),
                  ),
                ] as string[];
                return (
                  <fieldset
                    key={section}
                    id={`section-${section}`}
                    className="space-y-3 rounded border border-gray-200 bg-white p-4"
                  >
                    <legend className="px-1 text-lg font-semibold">{section}</legend>
                    {irritants.length > 0 && (
                      <p className="text-sm">
                        Irritant levé :{" "}
                        {irritants.map((slug, index) => (
                          <span key={slug}>
                            {index > 0 && ", "}
                            <Link href={`/irritants/${slug}`}>{irritantTitles[slug] ?? slug}</Link>
                          </span>
                        ))}
                      </p>
                    )}
                    {definitions.map((definition) => {
                      const field = fields.find((candidate) => candidate.key === definition.key);
                      if (!field) return null;
                      const id = `champ-${definition.key}`;
                      const provenanceId = `${id}-provenance`;
                      const error = errors[definition.key];
                      return (
                        <div
                          key={definition.key}
                          id={definition.source ? `source-${definition.source}` : undefined}
                          className={fr.cx("fr-input-group", error ? "fr-input-group--error" : undefined)}
                        >
                          <label htmlFor={id} className={fr.cx("fr-label")}>
                            {definition.label}
                          </label>
                          <input
                            id={id}
                            value={field.value}
                            onChange={(e) =>
                              dispatch({ type: "fieldEdited", key: definition.key, value: e.target.value })
                            }
                            disabled={stage === "termine"}
                            aria-describedby={`${provenanceId}${error ? ` ${id}-erreur` : ""}`}
                            aria-invalid={error ? true : undefined}
                            className={`${fr.cx("fr-input", error ? "fr-input--error" : undefined)} ${field.source && !field.corrected ? "bg-bleu-clair!" : ""}`}
                          />
                          <p id={provenanceId} className={`${fr.cx("fr-hint-text")} mt-1`}>
                            {field.source ? (
                              field.corrected ? (
                                <>Modifié par l'usager (valeur d'origine : {SOURCES[field.source].label})</>
                              ) : (
                                <>
                                  Pré-rempli · Source : {SOURCES[field.source].label}
                                  {SOURCES[field.source].hypothetical ? " (hypothétique)" : ""}, à{" "}
                                  {field.fetchedAt ? time(field.fetchedAt) : null}
                                </>
                              )
                            ) : field.demo ? (
                              "Saisi par l'usager (valeur fictive de la persona, pour la démonstration)"
                            ) : (
                              "Saisi par l'usager"
                            )}
                          </p>
                          {error && (
                            <p id={`${id}-erreur`} className={fr.cx("fr-error-text")}>
                              {error}
                            </p>
                          )}
                        </div>
                      );
                    })}
                  </fieldset>
                );
              })}
              {stage === "formulaire" && (
                <button type="submit" className={primary}>
                  Valider la demande
                </button>
              )}
            </form>
          )}

          {stage === "termine" && (
            <section
              aria-label={STAGE_TITLES.termine}
              className="space-y-3 rounded border-2 border-succes bg-white p-6"
            >
              <p role="status">
                Demande validée{recordRun.isSuccess ? " et comptée dans les chiffres de démonstration" : ""}.
              </p>
              {demarche.result.data && (
                <>
                  <p>
                    Adresse de pré-remplissage (<code>/commencer</code>) :
                  </p>
                  <p className="break-all rounded bg-gris-fond p-2 font-mono text-xs" data-testid="url-prefill">
                    {demarche.result.data.url}
                  </p>
                  <p>
                    Corps JSON de <code data-testid="endpoint-demarche">{demarche.result.data.endpoint}</code> :
                  </p>
                  <pre
                    tabIndex={0}
                    aria-label="Corps JSON de la demande"
                    className="max-h-64 overflow-auto rounded bg-gris-fond p-2 text-xs"
                    data-testid="json-prefill"
                  >
                    {JSON.stringify(demarche.result.data.body, null, 2)}
                  </pre>
                  {demarche.result.data.configured ? (
                    <button
                      type="button"
                      className={primary}
                      onClick={() =>
                        demarche.execute({
                          path,
                          values: Object.fromEntries(fields.map((field) => [field.key, field.value])),
                          send: true,
                        })
                      }
                    >
                      Créer le dossier sur démarches-simplifiées
                    </button>
                  ) : (
                    <p className="text-sm">
                      Aucune adresse de démarches-simplifiées n'est configurée : rien n'est envoyé.
                    </p>
                  )}
                  {demarche.result.data.dossierUrl && (
                    <p>
                      <a href={demarche.result.data.dossierUrl}>Ouvrir le dossier créé</a>
                    </p>
                  )}
                </>
              )}
              <ActionFeedback result={demarche.result} />
              <button type="button" className={secondary} onClick={() => reset()}>
                Recommencer
              </button>
            </section>
          )}
        </div>

        <div className="space-y-6">
          <EffectPanel effect={effect} assumptions={assumptions} onAssumptions={setAssumptions} />
          {progress.length > 0 && (
            <section aria-labelledby="titre-sources" className="rounded border border-gray-200 bg-white p-4 text-sm">
              <h2 id="titre-sources" className="mb-2 text-lg">
                Appels aux administrations
              </h2>
              {/* Read out as each source's status changes: waiting, running, then its own outcome. */}
              <ul className="space-y-2" aria-live="polite">
                {progress.map(({ key, progress: status, result }) => (
                  <li key={key} data-testid={`avancement-${key}`}>
                    <Tag tone={PROGRESS_TONES[status]}>{SOURCE_PROGRESS_LABELS[status]}</Tag> {SOURCES[key].label}
                    {result && (
                      <>
                        {" "}
                        ({result.status === "not_found" ? "personne inconnue, " : ""}
                        {result.durationMs} ms)
                      </>
                    )}
                    {result && result.calls.length > 0 && (
                      <ul className="ml-4" data-testid={`appels-${key}`}>
                        {result.calls.map((call) => (
                          <li key={call}>
                            <code className="break-all text-xs">{call}</code>
                          </li>
                        ))}
                      </ul>
                    )}
                  </li>
                ))}
              </ul>
            </section>
          )}
          {isMember && stats.data && stats.data.length > 0 && (
            <section aria-labelledby="titre-stats" className="rounded border border-gray-200 bg-white p-4 text-sm">
              <h2 id="titre-stats" className="mb-2 text-lg">
                Chiffres des démonstrations
              </h2>
              <ul className="space-y-1">
                {stats.data.map((entry) => (
                  <li key={entry.path} data-testid={`stats-${entry.path}`}>
                    <strong>{PATH_LABELS[entry.path as TPathKind]}</strong> : {entry.runs} démonstration
                    {entry.runs > 1 ? "s" : ""}, {entry.avgPrefilled} champs pré-remplis et {entry.avgDocumentsAvoided}{" "}
                    pièces évitées en moyenne, {entry.avgMinutesSaved} min gagnées.
                  </li>
                ))}
              </ul>
            </section>
          )}
        </div>
      </div>
    </div>
  );
}
