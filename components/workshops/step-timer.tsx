"use client";
import { useStepRemaining } from "@/lib/workshops/hooks/use-workshop.ts";
import type { TWorkshopState } from "@/lib/workshops/get-workshop-state.ts";
import { describeCountdown, formatCountdown } from "@/lib/workshops/workshop-timer.ts";

/** The current step's timer, the same on every screen (server-kept start and duration). */
/** `onDark`: drawn on a dark background (projection, the participant's step banner). */
export function StepTimer({
  workshop,
  className = "",
  onDark = true,
}: {
  workshop: TWorkshopState;
  className?: string;
  onDark?: boolean;
}) {
  const { remainingMs, running } = useStepRemaining(workshop);
  if (remainingMs === null) return null;
  const over = remainingMs <= 0;
  return (
    <div className={className}>
      <p
        role="timer"
        aria-label={`Minuteur de l'étape : ${describeCountdown(remainingMs)}${running ? "" : ", en pause"}`}
        data-testid="minuteur"
        className={`font-mono font-bold tabular-nums ${over ? (onDark ? "text-[var(--error-950-100)]" : "text-[var(--text-default-error)]") : ""}`}
      >
        {formatCountdown(remainingMs)}
      </p>
      <p className="text-sm" data-testid="etat-minuteur">
        {running ? (over ? "Temps écoulé" : "En cours") : "En pause"}
      </p>
    </div>
  );
}
