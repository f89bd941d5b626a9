"use client";
import Link from "next/link";
import type { TWorkshopState } from "@/lib/workshops/get-workshop-state.ts";
import { useFacilitatorControls } from "@/lib/workshops/hooks/use-facilitator-controls.ts";
import { useVoteRemaining, useWorkshop } from "@/lib/workshops/hooks/use-workshop.ts";
import { formatCountdown } from "@/lib/workshops/workshop-timer.ts";
import { STEP_LABELS } from "@/lib/workshops/workshop-steps.ts";
import { FacilitatorShortcuts } from "./facilitator-shortcuts.tsx";
import { StepTimer } from "./step-timer.tsx";
import { VoteChart } from "./vote-chart.tsx";
import { groupedNotes, WorkshopItemsList } from "./workshop-step-content.tsx";

/** What the room sees: large type, high contrast, no site chrome; the facilitator drives it from the keyboard. */
export function ProjectionView({
  initial,
  joinUrl,
  qrSvg,
}: {
  initial: TWorkshopState;
  joinUrl: string;
  qrSvg: string;
}) {
  const { workshop, live } = useWorkshop(initial);
  const controls = useFacilitatorControls(workshop, workshop.isFacilitator);
  const step = workshop.steps[workshop.currentStep];
  return (
    <div className="projection-view min-h-screen bg-[var(--grey-50-1000)] p-6 text-xl text-white lg:p-10">
      <header className="mb-8 flex flex-wrap items-start justify-between gap-6">
        <div>
          <h1 className="text-4xl text-white lg:text-5xl">{workshop.title}</h1>
          {workshop.status === "OPEN" && step ? (
            <p className="mt-2 text-3xl font-bold text-[var(--yellow-tournesol-850-200)]" data-testid="etape">
              Étape {workshop.currentStep + 1} sur {workshop.steps.length} : {STEP_LABELS[step.kind]}
            </p>
          ) : null}
          <p className="mt-2 text-lg">
            {workshop.participantCount} participant{workshop.participantCount > 1 ? "s" : ""}
            {live === "live" ? "" : " · reconnexion au direct…"}
          </p>
        </div>
        {workshop.status === "OPEN" ? (
          <StepTimer workshop={workshop} className="text-right text-7xl lg:text-8xl" />
        ) : null}
      </header>
      <div className="grid gap-8 lg:grid-cols-[1fr_auto]">
        <div>
          {workshop.status === "DRAFT" ? <p className="text-3xl">L&apos;atelier va commencer.</p> : null}
          {workshop.status === "CLOSED" ? (
            <p className="text-3xl">
              Atelier clos, merci !{" "}
              <Link href={`/ateliers/${workshop.id}/compte-rendu`} className="text-white underline">
                Compte rendu
              </Link>
            </p>
          ) : null}
          {workshop.status === "OPEN" && step?.kind === "COLLECT" ? <CollectWall workshop={workshop} /> : null}
          {workshop.status === "OPEN" && step?.kind === "VOTE" ? <VoteScreen workshop={workshop} /> : null}
          {workshop.status === "OPEN" && step?.kind === "DECISIONS" ? (
            <WorkshopItemsList workshop={workshop} dark />
          ) : null}
        </div>
        {workshop.status === "OPEN" ? (
          <aside aria-labelledby="titre-rejoindre" className="w-64 text-center">
            <h2 id="titre-rejoindre" className="mb-2 text-xl text-white">
              Rejoindre depuis son téléphone
            </h2>
            <div
              className="rounded bg-white p-2"
              role="img"
              aria-label={`Code QR vers ${joinUrl}`}
              dangerouslySetInnerHTML={{ __html: qrSvg }}
            />
            <p className="mt-2 break-all text-base">{joinUrl}</p>
          </aside>
        ) : null}
      </div>
      {workshop.isFacilitator ? (
        <footer className="mt-10 border-t border-white/30 pt-4">
          <FacilitatorShortcuts
            workshop={workshop}
            run={(command) => void controls.run(command)}
            pending={controls.pending}
            message={controls.message}
            dark
          />
        </footer>
      ) : null}
    </div>
  );
}

function CollectWall({ workshop }: { workshop: TWorkshopState }) {
  const notes = groupedNotes(workshop);
  return (
    <section aria-labelledby="titre-mur">
      <h2 id="titre-mur" className="mb-4 text-3xl text-white">
        Notes reçues :{" "}
        <span aria-live="polite" data-testid="nombre-notes">
          {workshop.notes.length}
        </span>
      </h2>
      <ul className="grid gap-4 sm:grid-cols-2 xl:grid-cols-3">
        {notes.map((note) => (
          <li
            key={note.id}
            className="rounded bg-[var(--yellow-tournesol-850-200)] p-4 text-2xl font-semibold text-[var(--grey-50-1000)] shadow"
          >
            <p className="break-words">{note.text}</p>
            {note.duplicates.length ? (
              <p className="mt-2 text-base">
                + {note.duplicates.length} similaire{note.duplicates.length > 1 ? "s" : ""}
              </p>
            ) : null}
            {note.irritant ? <p className="mt-2 text-base">Devenue un irritant du catalogue</p> : null}
          </li>
        ))}
      </ul>
    </section>
  );
}

function VoteScreen({ workshop }: { workshop: TWorkshopState }) {
  const remaining = useVoteRemaining(workshop);
  const vote = workshop.vote;
  if (!vote) return <p className="text-3xl">Le vote va s&apos;ouvrir.</p>;
  return (
    <section aria-labelledby="titre-vote" className="space-y-6">
      <h2 id="titre-vote" className="text-3xl text-white">
        {vote.question}
      </h2>
      <p className="text-2xl">
        <span data-testid="participation" aria-live="polite">
          {vote.voters} votant{vote.voters > 1 ? "s" : ""} sur {workshop.participantCount} participant
          {workshop.participantCount > 1 ? "s" : ""}
        </span>
        {vote.status === "OPEN" && remaining !== null ? (
          <>
            {" "}
            · clôture dans <span className="font-mono tabular-nums">{formatCountdown(remaining)}</span>
          </>
        ) : (
          <> · vote clos</>
        )}
      </p>
      {vote.revealed && vote.results ? (
        <VoteChart results={vote.results} dark />
      ) : (
        <p className="text-2xl">Résultats masqués jusqu&apos;au dévoilement.</p>
      )}
    </section>
  );
}
