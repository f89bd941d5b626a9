"use client";
import { useRouter } from "next/navigation";
import { useAction } from "next-safe-action/hooks";
import { useEffect, useMemo, useRef, useState, type FormEvent } from "react";
import { saveSheetAction } from "@/lib/sheets/actions.ts";
import { PATH_KINDS, PATH_LABELS, SECTION_LABELS, SOLUTION_STATUSES, SOLUTION_STATUS_LABELS, type TSheetContent } from "@/lib/sheets/sheet-content.ts";
import { ORGANISATION_TYPES, ORGANISATION_TYPE_LABELS } from "@/lib/organisations/organisation-types.ts";
import { ActionFeedback } from "@/components/ui/action-feedback.tsx";
import { MarkdownField } from "./markdown-field.tsx";
import {
  MERGE_LABELS, mergeSheetVersions, resolveSheetConflicts, sectionValue as valueOf, showSection as show, theirsFromRefusedSave,
  type TMergeChoice, type TMergeKey as MergeKey,
} from "@/lib/sheets/merge-sheet-versions.ts";
import { localDraftKey as draftKey, readLocalDraft, serializeLocalDraft, type TLocalDraft } from "@/lib/sheets/local-draft.ts";
import type { TLatestRevision } from "@/lib/sheets/get-latest-revision.ts";

export type TEditorForm = { title: string; summary: string; content: TSheetContent; message: string };
type Revision = { id: string; number: number; title: string; summary: string; content: TSheetContent };
type Theirs = TLatestRevision;

const inputClass = "w-full rounded-t border-b-2 border-gray-800 bg-gray-100 px-3 py-2";

export function SheetEditor({ useCaseId, slug, base, catalogue }: {
  useCaseId: string; slug: string; base: Revision;
  catalogue: { irritants: { slug: string; title: string }[]; dataItems: { slug: string; name: string }[] };
}) {
  const router = useRouter();
  const [baseRevision, setBaseRevision] = useState<Revision>(base);
  const [form, setForm] = useState<TEditorForm>({ title: base.title, summary: base.summary, content: base.content, message: "" });
  const [localDraft, setLocalDraft] = useState<TLocalDraft | null>(null);
  const [theirs, setTheirs] = useState<Theirs | null>(null);
  const [choices, setChoices] = useState<Partial<Record<MergeKey, TMergeChoice>>>({});
  const touched = useRef(false);

  // A draft kept in this browser survives a lost connection or a closed tab.
  useEffect(() => {
    // A corrupted or older-format draft is discarded rather than crashing the editor.
    setLocalDraft(readLocalDraft(window.localStorage.getItem(draftKey(useCaseId))));
  }, [useCaseId]);
  useEffect(() => {
    if (!touched.current) return;
    const timer = window.setTimeout(() => {
      window.localStorage.setItem(draftKey(useCaseId), serializeLocalDraft(form, baseRevision.id));
    }, 400);
    return () => window.clearTimeout(timer);
  }, [form, useCaseId, baseRevision.id]);

  const update = (change: Partial<TEditorForm>) => { touched.current = true; setLocalDraft(null); setForm((current) => ({ ...current, ...change })); };
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
      if (latest) { setTheirs(latest); setChoices({}); }
    },
  });

  const merge = useMemo(() => (theirs ? mergeSheetVersions(baseRevision, form, theirs) : null), [baseRevision, theirs, form]);
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
    save.execute({ useCaseId, baseRevisionId: baseRevision.id, title: form.title, summary: form.summary, content: form.content, message: form.message || undefined });
  }

  const togglePath = (kind: (typeof PATH_KINDS)[number], enabled: boolean) =>
    updateContent({
      paths: enabled
        ? [...form.content.paths, { kind, carriedBy: "", askedToday: "", dataHeld: "", target: "" }].sort((a, b) => PATH_KINDS.indexOf(a.kind) - PATH_KINDS.indexOf(b.kind))
        : form.content.paths.filter((path) => path.kind !== kind),
    });
  const toggleIn = <T extends string>(list: T[], value: T, enabled: boolean) => (enabled ? [...list, value] : list.filter((item) => item !== value));

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-10">
      {localDraft && (
        <div role="alert" className="rounded border-l-4 border-alerte bg-white p-4">
          <p className="mb-2">
            Un brouillon local du {new Date(localDraft.savedAt).toLocaleString("fr-FR")} n'a pas été enregistré
            {localDraft.baseRevisionId !== baseRevision.id ? " (il partait d'une version plus ancienne : vérifiez avant d'enregistrer)" : ""}.
          </p>
          <div className="flex gap-3">
            <button type="button" onClick={() => { touched.current = true; setForm(localDraft.form); setLocalDraft(null); }} className="rounded bg-bleu-france px-3 py-1.5 text-white">Reprendre le brouillon</button>
            <button type="button" onClick={() => { window.localStorage.removeItem(draftKey(useCaseId)); setLocalDraft(null); }} className="rounded border border-bleu-france px-3 py-1.5 text-bleu-france">L'écarter</button>
          </div>
        </div>
      )}

      {theirs && (
        <section aria-labelledby="titre-fusion" className="rounded border-2 border-alerte bg-white p-4">
          <h2 id="titre-fusion" className="mb-2 text-2xl">Fusionner avec la version {theirs.number}</h2>
          <p className="mb-4">
            {theirs.author} a enregistré la version {theirs.number} pendant que vous écriviez. Rien n'est perdu : choisissez, partie par partie,
            quelle version garder, puis enregistrez.
          </p>
          {conflicts.length === 0 ? <p>Les deux versions sont identiques.</p> : (
            <ul className="space-y-6">
              {conflicts.map((key) => (
                <li key={key}>
                  <fieldset>
                    <legend className="mb-2 font-semibold">{MERGE_LABELS[key]}</legend>
                    <div className="grid gap-3 md:grid-cols-2">
                      <label className="block rounded border border-gray-300 p-3">
                        <input type="radio" name={`fusion-${key}`} checked={choices[key] !== "theirs"} onChange={() => setChoices((c) => ({ ...c, [key]: "mine" }))} />{" "}
                        Garder ma version
                        <pre tabIndex={0} className="mt-2 max-h-48 overflow-auto whitespace-pre-wrap text-xs">{show(valueOf(form, key))}</pre>
                      </label>
                      <label className="block rounded border border-gray-300 p-3">
                        <input type="radio" name={`fusion-${key}`} checked={choices[key] === "theirs"} onChange={() => setChoices((c) => ({ ...c, [key]: "theirs" }))} />{" "}
                        Prendre la version {theirs.number}
                        <pre tabIndex={0} className="mt-2 max-h-48 overflow-auto whitespace-pre-wrap text-xs">{show(valueOf(theirs, key))}</pre>
                      </label>
                    </div>
                  </fieldset>
                </li>
              ))}
            </ul>
          )}
          <button type="button" onClick={applyMerge} className="mt-4 rounded bg-bleu-france px-4 py-2 font-medium text-white">Appliquer la fusion</button>
        </section>
      )}

      <section aria-labelledby="titre-entete" className="space-y-4">
        <h2 id="titre-entete" className="text-2xl">En-tête</h2>
        <div>
          <label htmlFor="fiche-titre" className="mb-1 block font-medium">Titre</label>
          <input id="fiche-titre" value={form.title} onChange={(e) => update({ title: e.target.value })} maxLength={200} className={inputClass} />
        </div>
        <div>
          <label htmlFor="fiche-resume" className="mb-1 block font-medium">Description courte <span className="block text-sm font-normal text-gray-700">Reprise dans le catalogue et les métadonnées (600 caractères au plus).</span></label>
          <textarea id="fiche-resume" value={form.summary} onChange={(e) => update({ summary: e.target.value })} rows={3} maxLength={600} className={inputClass} />
        </div>
      </section>

      <section aria-labelledby="titre-sections" className="space-y-6">
        <h2 id="titre-sections" className="text-2xl">Sections <span className="text-base font-normal">(Markdown, aperçu en direct)</span></h2>
        {(Object.keys(SECTION_LABELS) as (keyof typeof SECTION_LABELS)[]).map((key) => (
          <MarkdownField key={key} name={key} label={SECTION_LABELS[key]} value={form.content[key]} onChange={(value) => updateContent({ [key]: value })} />
        ))}
      </section>

      <section aria-labelledby="titre-parcours" className="space-y-6">
        <h2 id="titre-parcours" className="text-2xl">Les parcours</h2>
        {PATH_KINDS.map((kind) => {
          const path = form.content.paths.find((candidate) => candidate.kind === kind);
          const setPath = (change: Partial<NonNullable<typeof path>>) =>
            updateContent({ paths: form.content.paths.map((candidate) => (candidate.kind === kind ? { ...candidate, ...change } : candidate)) });
          return (
            <fieldset key={kind} className="rounded border border-gray-200 bg-white p-4">
              <legend className="px-1 font-semibold">{PATH_LABELS[kind]}</legend>
              <label className="mb-3 inline-flex items-center gap-2">
                <input type="checkbox" checked={Boolean(path)} onChange={(e) => togglePath(kind, e.target.checked)} /> Ce parcours concerne la fiche
              </label>
              {path && (
                <div className="space-y-4">
                  <MarkdownField name={`${kind}-carriedBy`} label="Qui porte la demande" rows={3} value={path.carriedBy} onChange={(value) => setPath({ carriedBy: value })} />
                  <MarkdownField name={`${kind}-askedToday`} label="Ce qui est demandé aujourd'hui (pièces, champs)" value={path.askedToday} onChange={(value) => setPath({ askedToday: value })} />
                  <MarkdownField name={`${kind}-dataHeld`} label="Ce que chaque acteur détient déjà" value={path.dataHeld} onChange={(value) => setPath({ dataHeld: value })} />
                  <MarkdownField name={`${kind}-target`} label="Ce que le parcours doit devenir" value={path.target} onChange={(value) => setPath({ target: value })} />
                </div>
              )}
            </fieldset>
          );
        })}
      </section>

      <section aria-labelledby="titre-solutions" className="space-y-4">
        <h2 id="titre-solutions" className="text-2xl">Les solutions, par version ou jalon</h2>
        {form.content.solutions.map((solution, index) => {
          const setSolution = (change: Partial<typeof solution>) =>
            updateContent({ solutions: form.content.solutions.map((candidate, i) => (i === index ? { ...candidate, ...change } : candidate)) });
          return (
            <fieldset key={index} className="space-y-3 rounded border border-gray-200 bg-white p-4">
              <legend className="px-1 font-semibold">Version {index + 1}</legend>
              <div className="grid gap-3 md:grid-cols-3">
                <div>
                  <label htmlFor={`solution-${index}-nom`} className="mb-1 block font-medium">Nom</label>
                  <input id={`solution-${index}-nom`} value={solution.name} onChange={(e) => setSolution({ name: e.target.value })} className={inputClass} />
                </div>
                <div>
                  <label htmlFor={`solution-${index}-date`} className="mb-1 block font-medium">Échéance</label>
                  <input id={`solution-${index}-date`} type="date" value={solution.targetDate ?? ""} onChange={(e) => setSolution({ targetDate: e.target.value || null })} className={inputClass} />
                </div>
                <div>
                  <label htmlFor={`solution-${index}-statut`} className="mb-1 block font-medium">Statut</label>
                  <select id={`solution-${index}-statut`} value={solution.status} onChange={(e) => setSolution({ status: e.target.value as typeof solution.status })} className={inputClass}>
                    {SOLUTION_STATUSES.map((status) => <option key={status} value={status}>{SOLUTION_STATUS_LABELS[status]}</option>)}
                  </select>
                </div>
              </div>
              <MarkdownField name={`solution-${index}-contenu`} label="Contenu" rows={4} value={solution.content} onChange={(value) => setSolution({ content: value })} />
              <button type="button" onClick={() => updateContent({ solutions: form.content.solutions.filter((_, i) => i !== index) })}
                className="rounded border border-[#ce0500] px-3 py-1 text-sm text-[#ce0500]">Retirer la version {index + 1}</button>
            </fieldset>
          );
        })}
        <button type="button" onClick={() => updateContent({ solutions: [...form.content.solutions, { name: `Version ${form.content.solutions.length + 1}`, targetDate: null, status: "PLANIFIEE", content: "" }] })}
          className="rounded border border-bleu-france px-3 py-1.5 text-bleu-france">Ajouter une version</button>
      </section>

      <section aria-labelledby="titre-liens" className="grid gap-6 md:grid-cols-3">
        <h2 id="titre-liens" className="text-2xl md:col-span-3">Acteurs, irritants, données</h2>
        <fieldset className="rounded border border-gray-200 bg-white p-4">
          <legend className="px-1 font-semibold">Types d'acteurs impliqués</legend>
          {ORGANISATION_TYPES.map((type) => (
            <label key={type} className="flex items-center gap-2">
              <input type="checkbox" checked={form.content.actorTypes.includes(type)} onChange={(e) => updateContent({ actorTypes: toggleIn(form.content.actorTypes, type, e.target.checked) })} />
              {ORGANISATION_TYPE_LABELS[type]}
            </label>
          ))}
        </fieldset>
        <fieldset className="max-h-96 overflow-auto rounded border border-gray-200 bg-white p-4">
          <legend className="px-1 font-semibold">Irritants traités</legend>
          {catalogue.irritants.map((irritant) => (
            <label key={irritant.slug} className="flex items-start gap-2">
              <input type="checkbox" className="mt-1" checked={form.content.irritants.includes(irritant.slug)} onChange={(e) => updateContent({ irritants: toggleIn(form.content.irritants, irritant.slug, e.target.checked) })} />
              {irritant.title}
            </label>
          ))}
        </fieldset>
        <fieldset className="max-h-96 overflow-auto rounded border border-gray-200 bg-white p-4">
          <legend className="px-1 font-semibold">Données nécessaires</legend>
          {catalogue.dataItems.map((item) => (
            <label key={item.slug} className="flex items-start gap-2">
              <input type="checkbox" className="mt-1" checked={form.content.dataItems.includes(item.slug)} onChange={(e) => updateContent({ dataItems: toggleIn(form.content.dataItems, item.slug, e.target.checked) })} />
              {item.name}
            </label>
          ))}
        </fieldset>
      </section>

      <section aria-labelledby="titre-enregistrer" className="sticky bottom-0 space-y-3 border-t-2 border-bleu-france bg-white p-4">
        <h2 id="titre-enregistrer" className="sr-only">Enregistrer</h2>
        <div>
          <label htmlFor="fiche-message" className="mb-1 block font-medium">Message de version (facultatif)</label>
          <input id="fiche-message" value={form.message} onChange={(e) => update({ message: e.target.value })} maxLength={300} className={inputClass} />
        </div>
        <div className="flex flex-wrap items-center gap-4">
          <button type="submit" disabled={save.isPending || Boolean(theirs)} className="rounded bg-bleu-france px-4 py-2 font-medium text-white hover:bg-bleu-france-hover disabled:opacity-60">
            {save.isPending ? "Enregistrement…" : "Enregistrer une nouvelle version"}
          </button>
          <span className="text-sm text-gray-700">À partir de la version {baseRevision.number}</span>
          <ActionFeedback result={save.result} />
        </div>
      </section>
    </form>
  );
}
