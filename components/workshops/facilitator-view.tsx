"use client";
import Link from "next/link";
import { useState } from "react";
import { useAction } from "next-safe-action/hooks";
import { useQueryClient } from "@tanstack/react-query";
import type { VoteMethod, WorkshopItemKind } from "@/lib/db/enums.ts";
import { ActionFeedback } from "@/components/ui/action-feedback.tsx";
import {
  closeWorkshopAction,
  convertWorkshopNoteAction,
  groupWorkshopNoteAction,
  openWorkshopAction,
  openWorkshopVoteAction,
  recordWorkshopItemAction,
} from "@/lib/workshops/actions.ts";
import type { TWorkshopOptions } from "@/lib/workshops/get-workshop-options.ts";
import type { TWorkshopState } from "@/lib/workshops/get-workshop-state.ts";
import { useFacilitatorControls } from "@/lib/workshops/hooks/use-facilitator-controls.ts";
import { useWorkshop } from "@/lib/workshops/hooks/use-workshop.ts";
import { workshopKeys } from "@/lib/workshops/workshop-keys.ts";
import { STATUS_LABELS, STEP_LABELS } from "@/lib/workshops/workshop-steps.ts";
import { CATEGORY_LABELS, IRRITANT_CATEGORIES } from "@/lib/catalogue/labels.ts";
import { FacilitatorShortcuts } from "./facilitator-shortcuts.tsx";
import { StepTimer } from "./step-timer.tsx";
import { groupedNotes, WorkshopItemsList } from "./workshop-step-content.tsx";
import { actionFailureOf } from "@/lib/action-result.ts";

const primary = "fr-btn";
const secondary = "fr-btn fr-btn--secondary fr-btn--sm";
const field = "rounded border border-gray-800 p-2";

/** The facilitator's console: the step and timer commands (with their shortcuts) and the work of each step. */
export function FacilitatorView({ initial, options }: { initial: TWorkshopState; options: TWorkshopOptions }) {
  const { workshop } = useWorkshop(initial);
  const controls = useFacilitatorControls(workshop, true);
  const queryClient = useQueryClient();
  const refresh = () => void queryClient.invalidateQueries({ queryKey: workshopKeys.one(workshop.id) });
  const open = useAction(openWorkshopAction, { onSuccess: refresh });
  const close = useAction(closeWorkshopAction, { onSuccess: refresh });
  const step = workshop.steps[workshop.currentStep];
  return (
    <div className="space-y-8">
      <header className="space-y-2">
        <p className="text-sm">
          <Link href="/ateliers">← Tous les ateliers</Link>
        </p>
        <h1 className="text-3xl">Animation : {workshop.title}</h1>
        <p>
          {STATUS_LABELS[workshop.status]} · {workshop.participantCount} participant
          {workshop.participantCount > 1 ? "s" : ""} ·{" "}
          <Link href={`/ateliers/${workshop.id}/projection`} target="_blank">
            Ouvrir la projection (nouvel onglet)
          </Link>{" "}
          · <Link href={`/ateliers/${workshop.id}`}>Vue participant</Link>
        </p>
      </header>
      {workshop.status === "DRAFT" ? (
        <div className="space-y-2">
          <button
            type="button"
            className={primary}
            onClick={() => open.execute({ workshopId: workshop.id })}
            disabled={open.isPending}
          >
            Ouvrir l&apos;atelier
          </button>
          <ActionFeedback result={open.result} />
        </div>
      ) : null}
      {workshop.status === "OPEN" && step ? (
        <section aria-labelledby="titre-pilotage" className="space-y-4 rounded border border-gray-200 bg-white p-4">
          <h2 id="titre-pilotage" className="text-2xl">
            Étape {workshop.currentStep + 1} / {workshop.steps.length} : {STEP_LABELS[step.kind]}
          </h2>
          <StepTimer workshop={workshop} className="text-4xl" onDark={false} />
          <FacilitatorShortcuts
            workshop={workshop}
            run={(command) => void controls.run(command)}
            pending={controls.pending}
            message={controls.message}
          />
        </section>
      ) : null}
      {workshop.status === "OPEN" ? (
        <>
          <NotesPanel workshop={workshop} />
          <VotePanel workshop={workshop} options={options} />
          <ItemForm workshop={workshop} options={options} />
          <WorkshopItemsList workshop={workshop} />
          <section aria-labelledby="titre-cloture" className="space-y-2 rounded border border-gray-200 bg-white p-4">
            <h2 id="titre-cloture" className="text-2xl">
              Clôture
            </h2>
            <p>
              Clore l&apos;atelier dévoile un vote encore masqué, produit le compte rendu et l&apos;envoie aux
              participants.
            </p>
            <button
              type="button"
              className={primary}
              onClick={() => close.execute({ workshopId: workshop.id })}
              disabled={close.isPending}
            >
              Clore l&apos;atelier et envoyer le compte rendu
            </button>
            <ActionFeedback result={close.result} />
          </section>
        </>
      ) : null}
      {workshop.status === "CLOSED" ? (
        <p>
          Atelier clos. <Link href={`/ateliers/${workshop.id}/compte-rendu`}>Compte rendu</Link>
        </p>
      ) : null}
    </div>
  );
}

function NotesPanel({ workshop }: { workshop: TWorkshopState }) {
  const group = useAction(groupWorkshopNoteAction);
  const convert = useAction(convertWorkshopNoteAction);
  const [targets, setTargets] = useState<Record<string, string>>({});
  const [categories, setCategories] = useState<Record<string, string>>({});
  const notes = groupedNotes(workshop);
  return (
    <section aria-labelledby="titre-notes" className="space-y-3 rounded border border-gray-200 bg-white p-4">
      <h2 id="titre-notes" className="text-2xl">
        Notes ({workshop.notes.length})
      </h2>
      <ActionFeedback
        result={actionFailureOf(group.result) ? group.result : convert.result}
        success={convert.result.data ? "Irritant créé : sa carte est dans « Signalé »." : null}
      />
      {notes.length === 0 ? <p>Aucune note pour l&apos;instant.</p> : null}
      <ul className="space-y-3">
        {notes.map((note) => (
          <li
            key={note.id}
            className="space-y-2 rounded bg-[var(--background-contrast-yellow-tournesol)] p-3"
            data-note={note.text}
          >
            <p className="font-medium">{note.text}</p>
            {note.duplicates.length ? (
              <ul className="ml-4 list-disc text-sm">
                {note.duplicates.map((duplicate) => (
                  <li key={duplicate.id}>
                    {duplicate.text}{" "}
                    <button
                      type="button"
                      className="fr-link"
                      onClick={() => group.execute({ workshopId: workshop.id, noteId: duplicate.id, intoNoteId: null })}
                    >
                      Dégrouper<span className="sr-only"> « {duplicate.text} »</span>
                    </button>
                  </li>
                ))}
              </ul>
            ) : null}
            {note.irritant ? (
              <p className="text-sm">
                Irritant : <Link href={`/irritants/${note.irritant.slug}`}>{note.irritant.title}</Link>
              </p>
            ) : (
              <div className="flex flex-wrap items-end gap-2">
                <label className="text-sm">
                  <span className="block">Catégorie de l&apos;irritant</span>
                  <select
                    className={field}
                    value={categories[note.id] ?? "AUTRE"}
                    onChange={(event) => setCategories({ ...categories, [note.id]: event.target.value })}
                  >
                    {IRRITANT_CATEGORIES.map((category) => (
                      <option key={category} value={category}>
                        {CATEGORY_LABELS[category]}
                      </option>
                    ))}
                  </select>
                </label>
                <button
                  type="button"
                  className={secondary}
                  disabled={convert.isPending}
                  onClick={() =>
                    convert.execute({
                      workshopId: workshop.id,
                      noteId: note.id,
                      category: (categories[note.id] ?? "AUTRE") as (typeof IRRITANT_CATEGORIES)[number],
                    })
                  }
                >
                  Créer l&apos;irritant<span className="sr-only"> à partir de « {note.text} »</span>
                </button>
              </div>
            )}
            {notes.length > 1 ? (
              <div className="flex flex-wrap items-end gap-2">
                <label className="text-sm">
                  <span className="block">Doublon de</span>
                  <select
                    className={field}
                    value={targets[note.id] ?? ""}
                    onChange={(event) => setTargets({ ...targets, [note.id]: event.target.value })}
                  >
                    <option value="">— choisir une note —</option>
                    {notes
                      .filter((other) => other.id !== note.id)
                      .map((other) => (
                        <option key={other.id} value={other.id}>
                          {other.text.slice(0, 60)}
                        </option>
                      ))}
                  </select>
                </label>
                <button
                  type="button"
                  className={secondary}
                  disabled={!targets[note.id] || group.isPending}
                  onClick={() =>
                    group.execute({ workshopId: workshop.id, noteId: note.id, intoNoteId: targets[note.id] })
                  }
                >
                  Regrouper<span className="sr-only"> « {note.text} »</span>
                </button>
              </div>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}

function VotePanel({ workshop, options }: { workshop: TWorkshopState; options: TWorkshopOptions }) {
  const openVote = useAction(openWorkshopVoteAction);
  const [method, setMethod] = useState<VoteMethod>("DOT_VOTING");
  const [question, setQuestion] = useState("Quels irritants traiter en premier ?");
  const [budget, setBudget] = useState("5");
  const [maxPerCard, setMaxPerCard] = useState("3");
  const [chosen, setChosen] = useState<string[]>([]);
  const fromNotes = workshop.notes.flatMap((note) =>
    note.irritant?.cardId
      ? [{ id: note.irritant.cardId, title: note.irritant.title, column: "Signalé (cet atelier)" }]
      : [],
  );
  const cards = [...fromNotes, ...options.cards.filter((card) => !fromNotes.some((other) => other.id === card.id))];
  if (workshop.vote) {
    return (
      <section aria-labelledby="titre-vote-animation" className="space-y-2 rounded border border-gray-200 bg-white p-4">
        <h2 id="titre-vote-animation" className="text-2xl">
          Vote
        </h2>
        <p>
          {workshop.vote.question} · {workshop.vote.voters} votant{workshop.vote.voters > 1 ? "s" : ""} ·{" "}
          {workshop.vote.revealed ? "résultats dévoilés" : "résultats masqués"}
        </p>
        <p>
          <Link href={`/priorisation/scrutins/${workshop.vote.roundId}`}>Page du scrutin</Link>
        </p>
      </section>
    );
  }
  const toggle = (id: string) =>
    setChosen(chosen.includes(id) ? chosen.filter((other) => other !== id) : [...chosen, id]);
  return (
    <section aria-labelledby="titre-vote-animation" className="space-y-3 rounded border border-gray-200 bg-white p-4">
      <h2 id="titre-vote-animation" className="text-2xl">
        Ouvrir le vote
      </h2>
      <form
        className="space-y-3"
        onSubmit={(event) => {
          event.preventDefault();
          const dots = method === "DOT_VOTING";
          openVote.execute({
            workshopId: workshop.id,
            method,
            question,
            pointsBudget: dots ? Number(budget) : null,
            maxPointsPerItem: dots ? Number(maxPerCard) : null,
            cardIds: chosen,
          });
        }}
      >
        <fieldset>
          <legend className="font-medium">Méthode</legend>
          <label className="mr-4">
            <input
              type="radio"
              name="methode"
              checked={method === "DOT_VOTING"}
              onChange={() => setMethod("DOT_VOTING")}
            />{" "}
            Vote par points
          </label>
          <label>
            <input
              type="radio"
              name="methode"
              checked={method === "MAJORITY_JUDGMENT"}
              onChange={() => setMethod("MAJORITY_JUDGMENT")}
            />{" "}
            Jugement majoritaire
          </label>
        </fieldset>
        <label className="block">
          <span className="block font-medium">Question</span>
          <input className={`${field} w-full`} value={question} onChange={(event) => setQuestion(event.target.value)} />
        </label>
        {method === "DOT_VOTING" ? (
          <div className="flex gap-4">
            <label>
              <span className="block font-medium">Points par participant</span>
              <input
                type="number"
                min={1}
                max={100}
                className={field}
                value={budget}
                onChange={(event) => setBudget(event.target.value)}
              />
            </label>
            <label>
              <span className="block font-medium">Maximum par carte</span>
              <input
                type="number"
                min={1}
                max={100}
                className={field}
                value={maxPerCard}
                onChange={(event) => setMaxPerCard(event.target.value)}
              />
            </label>
          </div>
        ) : null}
        <fieldset>
          <legend className="font-medium">Cartes soumises au vote ({chosen.length} choisies)</legend>
          <ul className="max-h-64 overflow-y-auto">
            {cards.map((card) => (
              <li key={card.id}>
                <label>
                  <input type="checkbox" checked={chosen.includes(card.id)} onChange={() => toggle(card.id)} />{" "}
                  {card.title} <span className="text-sm text-gray-700">({card.column})</span>
                </label>
              </li>
            ))}
          </ul>
        </fieldset>
        <button type="submit" className={primary} disabled={openVote.isPending}>
          Ouvrir le vote
        </button>
        <ActionFeedback result={openVote.result} />
      </form>
    </section>
  );
}

function ItemForm({ workshop, options }: { workshop: TWorkshopState; options: TWorkshopOptions }) {
  const record = useAction(recordWorkshopItemAction, { onSuccess: () => setText("") });
  const [kind, setKind] = useState<WorkshopItemKind>("DECISION");
  const [text, setText] = useState("");
  const [owner, setOwner] = useState("");
  const [dueOn, setDueOn] = useState("");
  const [link, setLink] = useState("");
  const converted = workshop.notes.flatMap((note) => (note.irritant ? [note.irritant] : []));
  return (
    <section aria-labelledby="titre-decision-form" className="space-y-3 rounded border border-gray-200 bg-white p-4">
      <h2 id="titre-decision-form" className="text-2xl">
        Noter une décision ou une action
      </h2>
      <form
        className="space-y-3"
        onSubmit={(event) => {
          event.preventDefault();
          const [ownerType, ownerId] = owner.split(":");
          const [linkType, linkId] = link.split(":");
          record.execute({
            workshopId: workshop.id,
            kind,
            text,
            ownerUserId: kind === "ACTION" && ownerType === "user" ? ownerId : null,
            ownerOrganisationId: kind === "ACTION" && ownerType === "org" ? ownerId : null,
            dueOn: kind === "ACTION" ? dueOn : null,
            linkType: linkType ? (linkType as "card" | "irritant" | "sheet") : null,
            linkId: linkId || null,
          });
        }}
      >
        <fieldset>
          <legend className="font-medium">Nature</legend>
          <label className="mr-4">
            <input type="radio" name="nature" checked={kind === "DECISION"} onChange={() => setKind("DECISION")} />{" "}
            Décision
          </label>
          <label>
            <input type="radio" name="nature" checked={kind === "ACTION"} onChange={() => setKind("ACTION")} /> Action
          </label>
        </fieldset>
        <label className="block">
          <span className="block font-medium">Texte</span>
          <textarea
            className={`${field} w-full`}
            rows={2}
            value={text}
            onChange={(event) => setText(event.target.value)}
            maxLength={500}
          />
        </label>
        {kind === "ACTION" ? (
          <div className="flex flex-wrap gap-4">
            <label>
              <span className="block font-medium">Responsable</span>
              <select className={field} value={owner} onChange={(event) => setOwner(event.target.value)}>
                <option value="">— choisir —</option>
                <optgroup label="Organisations">
                  {options.organisations.map((organisation) => (
                    <option key={organisation.id} value={`org:${organisation.id}`}>
                      {organisation.name}
                    </option>
                  ))}
                </optgroup>
                <optgroup label="Membres">
                  {options.members.map((member) => (
                    <option key={member.id} value={`user:${member.id}`}>
                      {member.label}
                    </option>
                  ))}
                </optgroup>
              </select>
            </label>
            <label>
              <span className="block font-medium">Échéance</span>
              <input type="date" className={field} value={dueOn} onChange={(event) => setDueOn(event.target.value)} />
            </label>
          </div>
        ) : null}
        <label className="block">
          <span className="block font-medium">Se rapporte à (facultatif)</span>
          <select className={`${field} w-full`} value={link} onChange={(event) => setLink(event.target.value)}>
            <option value="">— rien —</option>
            {converted.length ? (
              <optgroup label="Irritants créés pendant l'atelier">
                {converted.map((irritant) => (
                  <option key={irritant.id} value={`irritant:${irritant.id}`}>
                    {irritant.title}
                  </option>
                ))}
              </optgroup>
            ) : null}
            <optgroup label="Cartes du tableau">
              {options.cards.map((card) => (
                <option key={card.id} value={`card:${card.id}`}>
                  {card.title}
                </option>
              ))}
            </optgroup>
            <optgroup label="Fiches">
              {options.sheets.map((sheet) => (
                <option key={sheet.id} value={`sheet:${sheet.id}`}>
                  {sheet.title}
                </option>
              ))}
            </optgroup>
          </select>
        </label>
        <button type="submit" className={primary} disabled={record.isPending}>
          Enregistrer
        </button>
        <ActionFeedback
          result={record.result}
          success={record.hasSucceeded ? "Enregistré : visible sur la projection." : null}
        />
      </form>
    </section>
  );
}
