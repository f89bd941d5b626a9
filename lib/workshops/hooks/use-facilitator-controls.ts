"use client";
import { useCallback, useEffect, useState } from "react";
import { useQueryClient } from "@tanstack/react-query";
import { actionErrorMessages } from "@/lib/action-result.ts";
import {
  goToWorkshopStepAction,
  revealWorkshopResultsAction,
  toggleWorkshopTimerAction,
} from "@/lib/workshops/actions.ts";
import type { TWorkshopState } from "@/lib/workshops/get-workshop-state.ts";
import { workshopKeys } from "@/lib/workshops/workshop-keys.ts";

/** The facilitator's keys, shown on screen (and as aria-keyshortcuts on the matching buttons). */
export const FACILITATOR_SHORTCUTS = {
  next: { keys: ["ArrowRight", "n"], label: "→ ou N", aria: "ArrowRight N", text: "Étape suivante" },
  previous: { keys: ["ArrowLeft", "p"], label: "← ou P", aria: "ArrowLeft P", text: "Étape précédente" },
  timer: { keys: [" ", "t"], label: "Espace ou T", aria: "Space T", text: "Démarrer ou mettre en pause le minuteur" },
  reveal: { keys: ["r"], label: "R", aria: "R", text: "Dévoiler les résultats du vote" },
} as const;
export type TFacilitatorCommand = keyof typeof FACILITATOR_SHORTCUTS;

/** Keys typed in a field are text, not commands. */
function typingIn(target: EventTarget | null): boolean {
  const element = target as HTMLElement | null;
  return Boolean(element && (element.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(element.tagName)));
}

/**
 * The facilitator's commands (buttons and keyboard shortcuts): each says what the facilitator saw
 * (current step, timer running or not) so that a repeated press does not act twice.
 */
export function useFacilitatorControls(workshop: TWorkshopState, enabled: boolean) {
  const queryClient = useQueryClient();
  const [message, setMessage] = useState<{ tone: "ok" | "error"; text: string } | null>(null);
  const [pending, setPending] = useState(false);

  const run = useCallback(
    async (command: TFacilitatorCommand) => {
      if (pending) return;
      setPending(true);
      setMessage(null);
      const workshopId = workshop.id;
      const result =
        command === "next" || command === "previous"
          ? await goToWorkshopStepAction({ workshopId, fromStep: workshop.currentStep, direction: command })
          : command === "timer"
            ? await toggleWorkshopTimerAction({ workshopId, running: !workshop.timer?.startedAt })
            : await revealWorkshopResultsAction({ workshopId });
      setPending(false);
      const errors = actionErrorMessages(result);
      if (errors.length) setMessage({ tone: "error", text: errors.join(" ") });
      else setMessage({ tone: "ok", text: `${FACILITATOR_SHORTCUTS[command].text} : fait.` });
      await queryClient.invalidateQueries({ queryKey: workshopKeys.one(workshopId) });
    },
    [pending, queryClient, workshop.currentStep, workshop.id, workshop.timer?.startedAt],
  );

  useEffect(() => {
    if (!enabled) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey || typingIn(event.target)) return;
      // Space on a focused button already clicks it.
      if (event.key === " " && (event.target as HTMLElement | null)?.tagName === "BUTTON") return;
      const key = event.key.length === 1 ? event.key.toLowerCase() : event.key;
      const command = (Object.keys(FACILITATOR_SHORTCUTS) as TFacilitatorCommand[]).find((name) =>
        (FACILITATOR_SHORTCUTS[name].keys as readonly string[]).includes(key),
      );
      if (!command) return;
      event.preventDefault();
      void run(command);
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [enabled, run]);

  return { run, message, pending };
}
