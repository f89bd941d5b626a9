"use client";
import { useRouter } from "next/navigation";
import { useAction } from "next-safe-action/hooks";
import { useEffect, useMemo, useRef, useState, type FormEvent } from "react";
import { saveSheetAction } from "@/lib/sheets/actions.ts";
import {
  PATH_KINDS,
  PATH_LABELS,
  SECTION_LABELS,
  SOLUTION_STATUSES,
  SOLUTION_STATUS_LABELS,
  type TSheetContent,
} from "@/lib/sheets/sheet-content.ts";
import { ORGANISATION_TYPES, ORGANISATION_TYPE_LABELS } from "@/lib/organisations/organisation-types.ts";
import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { ButtonsGroup } from "@codegouvfr/react-dsfr/ButtonsGroup";
import { FormAlert } from "@/components/forms/form-alert.tsx";
import {
  CheckboxField,
  CheckboxGroupField,
  SelectField,
  TextAreaField,
  TextField,
} from "@/components/forms/form-fields.tsx";
import { MarkdownField } from "./markdown-field.tsx";
import {
  MERGE_LABELS,
  mergeSheetVersions,
  resolveSheetConflicts,
  sectionValue as valueOf,
  showSection as show,
  theirsFromRefusedSave,
  type TMergeChoice,
  type TMergeKey as MergeKey,
} from "@/lib/sheets/merge-sheet-versions.ts";
import {
  localDraftKey as draftKey,
  readLocalDraft,
  serializeLocalDraft,
  type TLocalDraft,
} from "@/lib/sheets/local-draft.ts";
import type { TLatestRevision } from "@/lib/sheets/get-latest-revision.ts";
import { fieldErrorsOf } from "@/lib/action-result.ts";

export type TEditorForm = { title: string; summary: string; content: TSheetContent; message: string };
type Revision = { id: string; number: number; title: string; summary: string; content: TSheetContent };
type Theirs = TLatestRevision;

export function SheetEditor({
  useCaseId,
  slug,
  base,
  catalogue,
}: {
  useCaseId: string;
  slug: string;
  base: Revision;
  catalogue: { irritants: { slug: string; title: string }[]; dataItems: { slug: string; name: string }[] };
}) {
  const router = useRouter();
  const [baseRevision, setBaseRevision] = useState<Revision>(base);
  const [form, setForm] = useState<TEditorForm>({
    title: base.title,
    summary: base.summary,
    content: base.content,
    message: "",
  });
  const [localDraft, setLocalDraft] = useState<TLocalDraft | null>(null);
  const [theirs, setTheirs] = useState<Theirs | null>(null);
  const [choices, setChoices] = useState<Partial<Record<MergeKey, TMergeChoice>>>({});
  const touched = useRef(false);

  // A draft kept in this browser survives a lost connection or a closed tab.
  useEffect(() => {
    // A corrupted or older-format draft is discarded rather than crashing the editor. The browser's storage exists
    // only after hydration, so the draft cannot be the initial state.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setLocalDraft(readLocalDraft(window.localStorage.getItem(draftKey(useCaseId))));
  }, [useCaseId]);
  useEffect(() => {
    if (!touched.current) return;
    const timer = window.setTimeout(() => {
      window.localStorage.setItem(draftKey(useCaseId), serializeLocalDraft(form, baseRevision.id));
    }, 400);
    return () => window.clearTimeout(timer);
  }, [form, useCaseId, baseRevision.id]);

  const update = (change: Partial<TEditorForm>) => {
    touched.current = true;
    setLocalDraft(null);
    setForm((current) => ({ ...current, ...change }));
  };
  const updateContent = (change: Partial<TSheetContent>) => update({ content: { ...form.content, ...change } });

  const save = useAction(saveSheetAction, {
    onSuccess: () => {
      window.localStorage.removeItem(draftKey(useCaseId));
      router.push(`/fiches/${slug}`);
      router.refresh();
    },
    onError: ({ error }) => {
      // A stale save answers with the newest revision: the merge view opens without asking again.
      const latest = theirsFromRefusedSave(error);
      if (latest) {
        setTheirs(latest);
        setChoices({});
      }
    },
  });

  const errors = fieldErrorsOf(save.result);
  const merge = useMemo(
    () => (theirs ? mergeSheetVersions(baseRevision, form, theirs) : null),
    [baseRevision, theirs, form],
  );
  const conflicts = merge?.conflicts ?? [];

  function applyMerge() {
    if (!theirs || !merge) return;
    const resolved = resolveSheetConflicts(merge.merged, theirs, merge.conflicts, choices);
    const merged: TEditorForm = { ...resolved, message: form.message || `Fusion avec la version ${theirs.number}` };
    touched.current = true;
    setForm(merged);
    setBaseRevision(theirs);
    setTheirs(null);
  }

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    save.execute({
      useCaseId,
      baseRevisionId: baseRevision.id,
      title: form.title,
      summary: form.summary,
      content: form.content,
      message: form.message || undefined,
    });
  }

  const togglePath = (kind: (typeof PATH_KINDS)[number], enabled: boolean) =>
    updateContent({
      paths: enabled
        ? [...form.content.paths, { kind, carriedBy: "", askedToday: "", dataHeld: "", target: "" }].sort(
            (a, b) => PATH_KINDS.indexOf(a.kind) - PATH_KINDS.indexOf(b.kind),
          )
        : form.content.paths.filter((path) => path.kind !== kind),
    });

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-10">
      <FormAlert result={save.result} besideFields={["title", "summary", "message"]} />
      {localDraft && (
        <Alert
          severity="warning"
          role="alert"
          title="Brouillon local"
          description={
            <>
              <p className="fr-mb-2w">
                Un brouillon local du {new Date(localDraft.savedAt).toLocaleString("fr-FR")} n'a pas été enregistré
                {localDraft.baseRevisionId !== baseRevision.id
                  ? " (il partait d'une version plus ancienne : vérifiez avant d'enregistrer)"
                  : ""}
                .
              </p>
              <ButtonsGroup
                inlineLayoutWhen="always"
                buttonsSize="small"
                buttons={[
                  {
                    children: "Reprendre le brouillon",
                    type: "button",
                    onClick: () => {
                      touched.current = true;
                      setForm(localDraft.form);
                      setLocalDraft(null);
                    },
                  },
                  {
                    children: "L'écarter",
                    priority: "secondary",
                    type: "button",
                    onClick: () => {
                      window.localStorage.removeItem(draftKey(useCaseId));
                      setLocalDraft(null);
                    },
                  },
                ]}
              />
            </>
          }
        />
      )}

      {theirs && (
        <section aria-labelledby="titre-fusion" className="rounded border-2 border-alerte bg-white p-4">
          <h2 id="titre-fusion" className="mb-2 text-2xl">
            Fusionner avec la version {theirs.number}
          </h2>
          <p className="mb-4">
            {theirs.author} a enregistré la version {theirs.number} pendant que vous écriviez. Rien n'est perdu :
            choisissez, partie par partie, quelle version garder, puis enregistrez.
          </p>
          {conflicts.length === 0 ? (
            <p>Les deux versions sont identiques.</p>
          ) : (
            <ul className="space-y-6">
              {conflicts.map((key) => (
                <li key={key}>
                  {/* The DSFR's radio markup, each version's text beside its choice but outside the label: a focusable
                      block inside a label would swallow the click that should choose. */}
                  <fieldset className="fr-fieldset">
                    <legend className="fr-fieldset__legend">{MERGE_LABELS[key]}</legend>
                    <div className="grid w-full gap-3 md:grid-cols-2">
                      {(
                        [
                          ["mine", "Garder ma version", form],
                          ["theirs", `Prendre la version ${theirs.number}`, theirs],
                        ] as const
                      ).map(([side, label, source]) => (
                        <div key={side} className="rounded border border-gray-300 p-3">
                          <div className="fr-radio-group">
                            <input
                              type="radio"
                              id={`fusion-${key}-${side}`}
                              name={`fusion-${key}`}
                              checked={side === "theirs" ? choices[key] === "theirs" : choices[key] !== "theirs"}
                              onChange={() => setChoices((c) => ({ ...c, [key]: side }))}
                            />
                            <label className="fr-label" htmlFor={`fusion-${key}-${side}`}>
                              {label}
                            </label>
                          </div>
                          <pre tabIndex={0} className="mt-2 max-h-48 overflow-auto whitespace-pre-wrap text-xs">
                            {show(valueOf(source, key))}
                          </pre>
                        </div>
                      ))}
                    </div>
                  </fieldset>
                </li>
              ))}
            </ul>
          )}
          <Button type="button" className="mt-4" onClick={applyMerge}>
            Appliquer la fusion
          </Button>
        </section>
      )}

      <section aria-labelledby="titre-entete" className="space-y-4">
        <h2 id="titre-entete" className="text-2xl">
          En-tête
        </h2>
        <TextField
          id="fiche-titre"
          label="Titre"
          value={form.title}
          onChange={(title) => update({ title })}
          maxLength={200}
          errors={errors?.title}
        />
        <TextAreaField
          id="fiche-resume"
          label="Description courte"
          hint="Reprise dans le catalogue et les métadonnées (600 caractères au plus)."
          value={form.summary}
          onChange={(summary) => update({ summary })}
          rows={3}
          maxLength={600}
          errors={errors?.summary}
        />
      </section>

      <section aria-labelledby="titre-sections" className="space-y-6">
        <h2 id="titre-sections" className="text-2xl">
          Sections <span className="text-base font-normal">(Markdown, aperçu en direct)</span>
        </h2>
        {(Object.keys(SECTION_LABELS) as (keyof typeof SECTION_LABELS)[]).map((key) => (
          <MarkdownField
            key={key}
            name={key}
            label={SECTION_LABELS[key]}
            value={form.content[key]}
            onChange={(value) => updateContent({ [key]: value })}
          />
        ))}
      </section>

      <section aria-labelledby="titre-parcours" className="space-y-6">
        <h2 id="titre-parcours" className="text-2xl">
          Les parcours
        </h2>
        {PATH_KINDS.map((kind) => {
          const path = form.content.paths.find((candidate) => candidate.kind === kind);
          const setPath = (change: Partial<NonNullable<typeof path>>) =>
            updateContent({
              paths: form.content.paths.map((candidate) =>
                candidate.kind === kind ? { ...candidate, ...change } : candidate,
              ),
            });
          return (
            <fieldset key={kind} className="rounded border border-gray-200 bg-white p-4">
              <legend className="px-1 font-semibold">{PATH_LABELS[kind]}</legend>
              <CheckboxField
                id={`parcours-${kind}`}
                label="Ce parcours concerne la fiche"
                checked={Boolean(path)}
                onChange={(checked) => togglePath(kind, checked)}
              />
              {path && (
                <div className="space-y-4">
                  <MarkdownField
                    name={`${kind}-carriedBy`}
                    label="Qui porte la demande"
                    rows={3}
                    value={path.carriedBy}
                    onChange={(value) => setPath({ carriedBy: value })}
                  />
                  <MarkdownField
                    name={`${kind}-askedToday`}
                    label="Ce qui est demandé aujourd'hui (pièces, champs)"
                    value={path.askedToday}
                    onChange={(value) => setPath({ askedToday: value })}
                  />
                  <MarkdownField
                    name={`${kind}-dataHeld`}
                    label="Ce que chaque acteur détient déjà"
                    value={path.dataHeld}
                    onChange={(value) => setPath({ dataHeld: value })}
                  />
                  <MarkdownField
                    name={`${kind}-target`}
                    label="Ce que le parcours doit devenir"
                    value={path.target}
                    onChange={(value) => setPath({ target: value })}
                  />
                </div>
              )}
            </fieldset>
          );
        })}
      </section>

      <section aria-labelledby="titre-solutions" className="space-y-4">
        <h2 id="titre-solutions" className="text-2xl">
          Les solutions, par version ou jalon
        </h2>
        {form.content.solutions.map((solution, index) => {
          const setSolution = (change: Partial<typeof solution>) =>
            updateContent({
              solutions: form.content.solutions.map((candidate, i) =>
                i === index ? { ...candidate, ...change } : candidate,
              ),
            });
          return (
            <fieldset key={index} className="space-y-3 rounded border border-gray-200 bg-white p-4">
              <legend className="px-1 font-semibold">Version {index + 1}</legend>
              <div className="grid gap-3 md:grid-cols-3">
                <TextField
                  id={`solution-${index}-nom`}
                  label="Nom"
                  value={solution.name}
                  onChange={(name) => setSolution({ name })}
                />
                <TextField
                  id={`solution-${index}-date`}
                  label="Échéance"
                  type="date"
                  value={solution.targetDate ?? ""}
                  onChange={(date) => setSolution({ targetDate: date || null })}
                />
                <SelectField
                  id={`solution-${index}-statut`}
                  label="Statut"
                  value={solution.status}
                  onChange={(status) => setSolution({ status: status as typeof solution.status })}
                  options={SOLUTION_STATUSES.map((status) => [status, SOLUTION_STATUS_LABELS[status]])}
                />
              </div>
              <MarkdownField
                name={`solution-${index}-contenu`}
                label="Contenu"
                rows={4}
                value={solution.content}
                onChange={(value) => setSolution({ content: value })}
              />
              <Button
                type="button"
                priority="tertiary"
                size="small"
                iconId="fr-icon-delete-line"
                onClick={() => updateContent({ solutions: form.content.solutions.filter((_, i) => i !== index) })}
              >
                Retirer la version {index + 1}
              </Button>
            </fieldset>
          );
        })}
        <Button
          type="button"
          priority="secondary"
          iconId="fr-icon-add-line"
          onClick={() =>
            updateContent({
              solutions: [
                ...form.content.solutions,
                {
                  name: `Version ${form.content.solutions.length + 1}`,
                  targetDate: null,
                  status: "PLANIFIEE",
                  content: "",
                },
              ],
            })
          }
        >
          Ajouter une version
        </Button>
      </section>

      <section aria-labelledby="titre-liens" className="grid gap-6 md:grid-cols-3">
        <h2 id="titre-liens" className="text-2xl md:col-span-3">
          Acteurs, irritants, données
        </h2>
        <div className="rounded border border-gray-200 bg-white p-4">
          <CheckboxGroupField
            id="fiche-types-acteurs"
            label="Types d'acteurs impliqués"
            columns
            value={form.content.actorTypes}
            onChange={(actorTypes) => updateContent({ actorTypes: actorTypes as typeof form.content.actorTypes })}
            options={ORGANISATION_TYPES.map((type) => [type, ORGANISATION_TYPE_LABELS[type]])}
          />
        </div>
        <div className="max-h-96 overflow-auto rounded border border-gray-200 bg-white p-4">
          <CheckboxGroupField
            id="fiche-irritants"
            label="Irritants traités"
            columns
            value={form.content.irritants}
            onChange={(irritants) => updateContent({ irritants })}
            options={catalogue.irritants.map((irritant) => [irritant.slug, irritant.title])}
          />
        </div>
        <div className="max-h-96 overflow-auto rounded border border-gray-200 bg-white p-4">
          <CheckboxGroupField
            id="fiche-donnees"
            label="Données nécessaires"
            columns
            value={form.content.dataItems}
            onChange={(dataItems) => updateContent({ dataItems })}
            options={catalogue.dataItems.map((item) => [item.slug, item.name])}
          />
        </div>
      </section>

      <section
        aria-labelledby="titre-enregistrer"
        className="sticky bottom-0 space-y-3 border-t-2 border-bleu-france bg-white p-4"
      >
        <h2 id="titre-enregistrer" className="sr-only">
          Enregistrer
        </h2>
        <TextField
          id="fiche-message"
          label="Message de version (facultatif)"
          value={form.message}
          onChange={(message) => update({ message })}
          maxLength={300}
          errors={errors?.message}
        />
        <div className="flex flex-wrap items-center gap-4">
          <Button type="submit" disabled={save.isPending || Boolean(theirs)}>
            {save.isPending ? "Enregistrement…" : "Enregistrer une nouvelle version"}
          </Button>
          <span className="text-sm text-gray-700">À partir de la version {baseRevision.number}</span>
        </div>
      </section>
    </form>
  );
}
