"use client";
import { FACILITATOR_SHORTCUTS, type TFacilitatorCommand } from "@/lib/workshops/hooks/use-facilitator-controls.ts";
import type { TWorkshopState } from "@/lib/workshops/get-workshop-state.ts";

/**
 * The facilitator's commands as buttons, each with its keyboard shortcut written beside it (and in
 * aria-keyshortcuts): the same actions by mouse, touch, keyboard or screen reader.
 */
export function FacilitatorShortcuts({
  workshop,
  run,
  pending,
  message,
  dark = false,
}: {
  workshop: TWorkshopState;
  run: (command: TFacilitatorCommand) => void;
  pending: boolean;
  message: { tone: "ok" | "error"; text: string } | null;
  dark?: boolean;
}) {
  const open = workshop.status === "OPEN";
  const disabled: Record<TFacilitatorCommand, boolean> = {
    next: !open || workshop.currentStep >= workshop.steps.length - 1,
    previous: !open || workshop.currentStep === 0,
    timer: !open,
    reveal: !open || !workshop.vote || workshop.vote.revealed,
  };
  const labels: Record<TFacilitatorCommand, string> = {
    next: "Étape suivante",
    previous: "Étape précédente",
    timer: workshop.timer?.startedAt ? "Mettre en pause le minuteur" : "Démarrer le minuteur",
    reveal: "Dévoiler les résultats",
  };
  // On the projection's dark surface the DSFR has no button for a fixed dark background: a bordered white one.
  const button = dark
    ? "rounded border-2 border-white px-3 py-1 text-sm font-medium text-white hover:bg-white/10 disabled:opacity-60"
    : "fr-btn fr-btn--secondary fr-btn--sm";
  return (
    <section aria-labelledby="titre-raccourcis" className="space-y-2">
      <h2 id="titre-raccourcis" className={`text-base font-bold ${dark ? "text-white" : ""}`}>
        Commandes de l&apos;animation (raccourcis clavier)
      </h2>
      <ul className="flex flex-wrap gap-2">
        {(Object.keys(FACILITATOR_SHORTCUTS) as TFacilitatorCommand[]).map((command) => (
          <li key={command}>
            <button
              type="button"
              onClick={() => run(command)}
              disabled={disabled[command] || pending}
              aria-keyshortcuts={FACILITATOR_SHORTCUTS[command].aria}
              className={button}
            >
              {labels[command]} <kbd className="ml-1 font-mono">{FACILITATOR_SHORTCUTS[command].label}</kbd>
            </button>
          </li>
        ))}
      </ul>
      <p
        role={message?.tone === "error" ? "alert" : "status"}
        className={`text-sm font-medium ${message?.tone === "error" ? (dark ? "text-[var(--error-950-100)]" : "text-[var(--text-default-error)]") : ""}`}
      >
        {message?.text}
      </p>
    </section>
  );
}
