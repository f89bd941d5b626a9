"use client";
import Link from "next/link";
import { useState } from "react";
import { useAction } from "next-safe-action/hooks";
import { useQueryClient } from "@tanstack/react-query";
import { latestBallot } from "@/lib/rounds/cast-vote-mutation.ts";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { ConfirmAction } from "@/components/forms/confirm-action.tsx";
import { ActionFeedback } from "@/components/ui/action-feedback.tsx";
import { Tag } from "@/components/ui/tag.tsx";
import { applyRoundResultsAction, closeRoundAction } from "@/lib/rounds/actions.ts";
import { gradeFor, pointsFor, type TVote } from "@/lib/rounds/ballot.ts";
import type { TRoundView } from "@/lib/rounds/get-round.ts";
import { useCastVote } from "@/lib/rounds/hooks/use-cast-vote.ts";
import { useRound } from "@/lib/rounds/hooks/use-round.ts";
import { useRoundParticipation } from "@/lib/rounds/hooks/use-round-participation.ts";
import { METHOD_LABELS, ROUND_STATUS_LABELS } from "@/lib/rounds/round-status.ts";
import { GRADES, GRADE_LABELS } from "@/lib/rounds/tally.ts";
import { useLiveEvents } from "@/lib/live/use-live-events.ts";
import { formatDateTime } from "@/lib/format.ts";
import { RoundResults } from "./round-results.tsx";
import { DemonstrationRoundNotice } from "./demonstration-notice.tsx";
import { DEMONSTRATION_ROUND_TAG } from "@/lib/rounds/demonstration.ts";

export function RoundView({ initialRound, isAdmin }: { initialRound: TRoundView; isAdmin: boolean }) {
  const { data: round } = useRound(initialRound);
  const { data: participation } = useRoundParticipation(initialRound.id, initialRound.participation);
  useLiveEvents();
  return (
    <div className="space-y-10">
      <header>
        <div className="mb-2 flex flex-wrap gap-2">
          <Tag tone={round.status === "OPEN" ? "succes" : round.status === "UPCOMING" ? "info" : "neutre"}>
            {ROUND_STATUS_LABELS[round.status]}
          </Tag>
          <Tag tone="bleu">{METHOD_LABELS[round.method]}</Tag>
          {round.demonstration ? <Tag tone="alerte">{DEMONSTRATION_ROUND_TAG}</Tag> : null}
        </div>
        <h1 className="mb-2 text-3xl">{round.title}</h1>
        {round.demonstration ? <DemonstrationRoundNotice /> : null}
        <p className="mb-2 text-lg">{round.question}</p>
        <p className="text-sm text-gray-700">
          Du {formatDateTime(new Date(round.opensAt))} au {formatDateTime(new Date(round.closedAt ?? round.closesAt))}
          {round.method === "DOT_VOTING"
            ? ` · ${round.pointsBudget} points par ${round.fairness.mode === "PER_ORGANISATION" ? "organisation" : "membre"}, ${round.maxPointsPerItem} au plus par carte`
            : ""}
          {` · ${participation.voters} votant${participation.voters > 1 ? "s" : ""} à ce jour`}
        </p>
        <p className="mt-2 text-sm" data-testid="regle-scrutin">
          <strong>{round.fairness.label}.</strong> {round.fairness.rule}
        </p>
      </header>
      {round.status === "OPEN" && round.myBallot ? <Ballot round={round} ballot={round.myBallot} /> : null}
      {round.status === "UPCOMING" ? <p>Le vote ouvrira le {formatDateTime(new Date(round.opensAt))}.</p> : null}
      <section aria-labelledby="titre-resultats">
        <h2 id="titre-resultats" className="mb-4 text-2xl">
          Résultats
        </h2>
        {round.results ? (
          <>
            <RoundResults results={round.results} />
            <p className="mt-4 text-sm">
              <a href={`/api/rounds/${round.id}/results.csv`} download>
                Télécharger les résultats (CSV)
              </a>
            </p>
          </>
        ) : (
          <p>Les résultats restent masqués jusqu&apos;à la clôture, pour que chacun vote sans connaître la tendance.</p>
        )}
      </section>
      {isAdmin ? <AdminPanel round={round} /> : null}
    </div>
  );
}

/** Also the participant's ballot in a live workshop (components/workshops). */
export function Ballot({ round, ballot }: { round: TRoundView; ballot: NonNullable<TRoundView["myBallot"]> }) {
  const queryClient = useQueryClient();
  const castVote = useCastVote(round.id);
  const [message, setMessage] = useState<{ tone: "ok" | "error"; text: string } | null>(null);
  const dots = round.method === "DOT_VOTING";
  const budget = round.pointsBudget ?? 0;
  const max = round.maxPointsPerItem ?? budget;
  // One voice per organisation: the budget is the organisation's, shared with its other members.
  const usedByOthers = round.sharedBudget?.usedByOthers ?? 0;
  const left = budget - usedByOthers - ballot.pointsUsed;

  /** From the latest ballot in the cache, not the last render: fast clicks must each count. */
  function addPoints(cardId: string, title: string, delta: number) {
    const current = pointsFor(latestBallot(queryClient, round.id) ?? ballot, cardId);
    const points = Math.max(0, Math.min(max, current + delta));
    if (points !== current) vote({ cardId, points }, title);
  }

  function vote(next: TVote, title: string) {
    setMessage(null);
    castVote.mutate(next, {
      onSuccess: () => setMessage({ tone: "ok", text: `Vote enregistré pour « ${title} ».` }),
      onError: (error) => setMessage({ tone: "error", text: error.message }),
    });
  }

  return (
    <section aria-labelledby="titre-bulletin" className="rounded border border-gray-200 bg-white p-6">
      <h2 id="titre-bulletin" className="mb-2 text-2xl">
        Mon bulletin
      </h2>
      <p className="mb-4 text-sm text-gray-700">
        Votre bulletin reste modifiable jusqu&apos;à la clôture ; chaque changement est enregistré aussitôt.
      </p>
      {dots ? (
        <p className="mb-4 text-lg font-semibold" aria-live="polite" data-testid="budget">
          {round.sharedBudget
            ? `Il reste ${left} point${left > 1 ? "s" : ""} à votre organisation sur ${budget} (vous en avez donné ${ballot.pointsUsed}, ses autres membres ${usedByOthers}).`
            : `Il vous reste ${left} point${left > 1 ? "s" : ""} sur ${budget}.`}
        </p>
      ) : null}
      <p
        aria-live="polite"
        role={message?.tone === "error" ? "alert" : "status"}
        className={`mb-4 text-sm font-medium ${message?.tone === "error" ? "text-[var(--text-default-error)]" : "text-succes"}`}
      >
        {message?.text}
      </p>
      <ul className="space-y-3">
        {round.cards.map((card) => (
          <li key={card.id} className="rounded border border-gray-200 p-3">
            {dots ? (
              <div className="flex flex-wrap items-center justify-between gap-3">
                <p>
                  <Link href={card.href}>{card.title}</Link>{" "}
                  <span className="text-xs text-gray-700">({card.columnName})</span>
                </p>
                <div className="flex items-center gap-2">
                  <button
                    type="button"
                    onClick={() => addPoints(card.id, card.title, -1)}
                    disabled={pointsFor(ballot, card.id) === 0}
                    className="h-9 w-9 rounded border border-gray-800 font-bold disabled:opacity-40"
                    aria-label={`Retirer un point à « ${card.title} »`}
                  >
                    −
                  </button>
                  <output className="w-16 text-center" aria-label={`Points donnés à « ${card.title} »`}>
                    {pointsFor(ballot, card.id)} / {max}
                  </output>
                  <button
                    type="button"
                    onClick={() => addPoints(card.id, card.title, 1)}
                    disabled={left <= 0 || pointsFor(ballot, card.id) >= max}
                    className="h-9 w-9 rounded border border-gray-800 font-bold disabled:opacity-40"
                    aria-label={`Ajouter un point à « ${card.title} »`}
                  >
                    +
                  </button>
                </div>
              </div>
            ) : (
              <fieldset>
                <legend className="mb-2">
                  <Link href={card.href}>{card.title}</Link>{" "}
                  <span className="text-xs text-gray-700">({card.columnName})</span>
                </legend>
                <div className="flex flex-wrap gap-3">
                  {GRADES.map((grade) => (
                    <label key={grade} className="flex items-center gap-1 text-sm">
                      <input
                        type="radio"
                        name={`mention-${card.id}`}
                        checked={gradeFor(ballot, card.id) === grade}
                        onChange={() => vote({ cardId: card.id, grade }, card.title)}
                      />
                      {GRADE_LABELS[grade]}
                    </label>
                  ))}
                </div>
              </fieldset>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}

function AdminPanel({ round }: { round: TRoundView }) {
  const close = useAction(closeRoundAction);
  const apply = useAction(applyRoundResultsAction);
  const [count, setCount] = useState("3");
  return (
    <section aria-labelledby="titre-animation" className="rounded border border-gray-200 bg-white p-6">
      <h2 id="titre-animation" className="mb-4 text-2xl">
        Animation du scrutin
      </h2>
      {/* Outside the branches: the panel switches to « apply results » as soon as the round is closed. */}
      <div className="mb-4">
        <ActionFeedback
          result={close.result}
          success={close.hasSucceeded ? "Scrutin clos : les résultats sont publiés." : null}
        />
      </div>
      {round.status !== "CLOSED" ? (
        <ConfirmAction
          id="clore-scrutin"
          trigger="Clore le scrutin maintenant"
          triggerPriority="primary"
          disabled={close.isPending}
          title="Clore le scrutin maintenant ?"
          confirmLabel="Clore le scrutin"
          onConfirm={() => close.execute({ roundId: round.id })}
        >
          <p>
            Plus personne ne pourra voter ni changer son vote, et les résultats seront publiés à tous les membres. Un
            scrutin clos ne se rouvre pas.
          </p>
        </ConfirmAction>
      ) : (
        <form
          className="flex flex-wrap items-end gap-4"
          // The results move cards on the board: only the dialog's confirmation applies them.
          onSubmit={(event) => event.preventDefault()}
        >
          <Input
            className="fr-mb-0"
            label="Nombre de cartes à passer en « Priorisé »"
            nativeInputProps={{
              id: "nombre-gagnantes",
              inputMode: "numeric",
              value: count,
              onChange: (event) => setCount(event.target.value),
            }}
          />
          <ConfirmAction
            id="appliquer-resultats"
            trigger="Appliquer les résultats au tableau"
            triggerPriority="primary"
            disabled={apply.isPending}
            title="Appliquer les résultats au tableau ?"
            confirmLabel="Appliquer les résultats"
            onConfirm={() => apply.execute({ roundId: round.id, count: Number(count) })}
          >
            <p>
              Les {count} premières cartes du classement passeront en tête de la colonne « Priorisé » du tableau, dans
              l'ordre du classement.
            </p>
          </ConfirmAction>
          <ActionFeedback
            result={apply.result}
            success={
              apply.result.data
                ? `${apply.result.data.moved} carte(s) placée(s) en tête de « Priorisé », dans l'ordre du classement.`
                : null
            }
          />
          {round.resultsAppliedAt ? (
            <p className="w-full text-sm text-gray-700">
              Résultats déjà appliqués le {formatDateTime(new Date(round.resultsAppliedAt))}.
            </p>
          ) : null}
        </form>
      )}
    </section>
  );
}
