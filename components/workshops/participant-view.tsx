"use client";
import Link from "next/link";
import { useState } from "react";
import { useAction } from "next-safe-action/hooks";
import { useQueryClient } from "@tanstack/react-query";
import { refreshWorkshop } from "@/lib/workshops/refresh-workshop.ts";
import { ActionFeedback } from "@/components/ui/action-feedback.tsx";
import { Ballot } from "@/components/rounds/round-view.tsx";
import { joinWorkshopAction } from "@/lib/workshops/actions.ts";
import type { TWorkshopState } from "@/lib/workshops/get-workshop-state.ts";
import { useNoteOutbox } from "@/lib/workshops/hooks/use-note-outbox.ts";
import { useWorkshop } from "@/lib/workshops/hooks/use-workshop.ts";
import { useRound } from "@/lib/rounds/hooks/use-round.ts";
import type { TRoundView } from "@/lib/rounds/get-round.ts";
import { NOTE_MAX_LENGTH, NOTE_MIN_LENGTH, STEP_HINTS, STEP_LABELS } from "@/lib/workshops/workshop-steps.ts";
import { StepTimer } from "./step-timer.tsx";
import { VoteChart } from "./vote-chart.tsx";
import { WorkshopItemsList } from "./workshop-step-content.tsx";

/** A participant's phone: the current step and the one thing to do in it. */
export function ParticipantView({ initial }: { initial: TWorkshopState }) {
  const { workshop, live } = useWorkshop(initial);
  const step = workshop.steps[workshop.currentStep];
  return (
    <div className="mx-auto max-w-lg space-y-6">
      <header>
        <h1 className="text-2xl sm:text-3xl">{workshop.title}</h1>
        {workshop.status === "OPEN" && step ? (
          <div className="mt-3 flex items-center justify-between gap-4 rounded bg-bleu-france p-4 text-white">
            <p className="text-xl font-bold" data-testid="etape">
              Étape {workshop.currentStep + 1} / {workshop.steps.length} : {STEP_LABELS[step.kind]}
            </p>
            <StepTimer workshop={workshop} className="text-right text-2xl" />
          </div>
        ) : null}
        {live !== "live" ? (
          <p role="status" className="mt-2 text-sm text-alerte">
            Connexion au direct en cours… vos notes partiront dès son retour.
          </p>
        ) : null}
      </header>
      {workshop.status === "DRAFT" ? (
        <p>L&apos;atelier n&apos;a pas encore commencé : cette page se mettra à jour toute seule à son ouverture.</p>
      ) : null}
      {workshop.status === "CLOSED" ? (
        <p>
          L&apos;atelier est clos. <Link href={`/ateliers/${workshop.id}/compte-rendu`}>Lire le compte rendu</Link>
        </p>
      ) : null}
      {workshop.status === "OPEN" && !workshop.joined ? <JoinButton workshopId={workshop.id} /> : null}
      {workshop.status === "OPEN" && workshop.joined && step ? (
        <section aria-labelledby="titre-etape">
          <h2 id="titre-etape" className="mb-2 text-xl">
            {STEP_HINTS[step.kind]}
          </h2>
          {step.kind === "COLLECT" ? <NoteComposer workshop={workshop} /> : null}
          {step.kind === "VOTE" ? <ParticipantVote workshop={workshop} /> : null}
          {step.kind === "DECISIONS" ? <WorkshopItemsList workshop={workshop} /> : null}
        </section>
      ) : null}
    </div>
  );
}

function JoinButton({ workshopId }: { workshopId: string }) {
  const queryClient = useQueryClient();
  // Read at once, without waiting for the live event: the stream may still be connecting.
  const join = useAction(joinWorkshopAction, { onSuccess: () => refreshWorkshop(queryClient, workshopId) });
  return (
    <div className="space-y-2">
      <button
        type="button"
        onClick={() => join.execute({ workshopId })}
        disabled={join.isPending}
        className="fr-btn fr-btn--lg w-full justify-center"
      >
        Rejoindre l&apos;atelier
      </button>
      <ActionFeedback result={join.result} />
    </div>
  );
}

function NoteComposer({ workshop }: { workshop: TWorkshopState }) {
  const outbox = useNoteOutbox(workshop.id);
  const [text, setText] = useState("");
  const [error, setError] = useState<string | null>(null);
  const mine = workshop.notes.filter((note) => note.mine);
  function submit(event: React.FormEvent) {
    event.preventDefault();
    const trimmed = text.trim();
    if (trimmed.length < NOTE_MIN_LENGTH) return setError(`Une note fait au moins ${NOTE_MIN_LENGTH} caractères.`);
    setError(null);
    outbox.post(trimmed);
    setText("");
  }
  const lastSent = outbox.notes.filter((note) => note.state !== "pending").at(-1);
  return (
    <div className="space-y-4">
      <form onSubmit={submit} noValidate className="space-y-2">
        <label htmlFor="note" className="block font-medium">
          Votre note
        </label>
        <textarea
          id="note"
          value={text}
          onChange={(event) => setText(event.target.value)}
          maxLength={NOTE_MAX_LENGTH}
          rows={3}
          aria-describedby="note-aide"
          aria-invalid={error ? true : undefined}
          className="w-full rounded border border-gray-800 p-3 text-lg"
        />
        <p id="note-aide" className="text-sm text-gray-700">
          {text.length} / {NOTE_MAX_LENGTH} caractères
        </p>
        {error ? (
          <p role="alert" className="text-sm font-medium text-[var(--text-default-error)]">
            {error}
          </p>
        ) : null}
        <button type="submit" className="fr-btn fr-btn--lg w-full justify-center">
          Envoyer la note
        </button>
      </form>
      <p role="status" className="text-sm font-medium" data-testid="envoi">
        {outbox.pending
          ? `${outbox.pending} note${outbox.pending > 1 ? "s" : ""} en cours d'envoi…`
          : lastSent?.state === "sent"
            ? "Note reçue."
            : lastSent?.state === "refused"
              ? lastSent.message
              : ""}
      </p>
      {mine.length ? (
        <section aria-labelledby="titre-mes-notes">
          <h3 id="titre-mes-notes" className="mb-2 text-lg">
            Mes notes ({mine.length})
          </h3>
          <ul className="space-y-2">
            {mine.map((note) => (
              <li key={note.id} className="rounded bg-[var(--background-contrast-yellow-tournesol)] p-2">
                {note.text}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}

function ParticipantVote({ workshop }: { workshop: TWorkshopState }) {
  const vote = workshop.vote;
  if (!vote) return <p>Le vote n&apos;est pas encore ouvert : il s&apos;affichera ici.</p>;
  if (vote.revealed && vote.results) return <VoteChart results={vote.results} />;
  if (vote.status !== "OPEN") return <p>Le vote est clos : résultats au dévoilement.</p>;
  return <LiveBallot initialRound={vote.round} />;
}

function LiveBallot({ initialRound }: { initialRound: TRoundView }) {
  const { data: round } = useRound(initialRound);
  return round.myBallot ? <Ballot round={round} ballot={round.myBallot} /> : null;
}
