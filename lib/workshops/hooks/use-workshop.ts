"use client";
import { useEffect, useState } from "react";
import { useQuery } from "@tanstack/react-query";
import { useLiveEvents, type TLiveStatus } from "@/lib/live/use-live-events.ts";
import type { TWorkshopState } from "@/lib/workshops/get-workshop-state.ts";
import { workshopKeys } from "@/lib/workshops/workshop-keys.ts";
import { timerRemainingMs } from "@/lib/workshops/workshop-timer.ts";

/**
 * The session as every screen shows it: read from /api/ateliers/[id] and read again on each
 * `workshop.changed` event (use-live-events.ts); a screen that reconnects gets the current step.
 */
export function useWorkshop(initial: TWorkshopState): { workshop: TWorkshopState; live: TLiveStatus } {
  const live = useLiveEvents();
  const { data } = useQuery({
    queryKey: workshopKeys.one(initial.id),
    initialData: initial,
    staleTime: Infinity,
    refetchOnReconnect: "always",
    queryFn: async () => {
      const response = await fetch(`/api/ateliers/${encodeURIComponent(initial.id)}`, { cache: "no-store" });
      if (!response.ok) throw new Error("L'atelier n'a pas pu être actualisé.");
      return (await response.json()) as TWorkshopState;
    },
  });
  return { workshop: data, live };
}

/** Now, corrected by the gap between this browser's clock and the server's (measured when the state was read). */
function useServerNow(serverNow: string, intervalMs: number): Date {
  const [offset, setOffset] = useState(0);
  const [now, setNow] = useState(() => Date.now());
  // The gap is measured in the browser, after the state it corrects was read: not during rendering.
  // eslint-disable-next-line react-hooks/set-state-in-effect
  useEffect(() => setOffset(new Date(serverNow).getTime() - Date.now()), [serverNow]);
  useEffect(() => {
    const tick = setInterval(() => setNow(Date.now()), intervalMs);
    return () => clearInterval(tick);
  }, [intervalMs]);
  return new Date(now + offset);
}

/** Milliseconds left on the current step's timer (null without a step), refreshed four times a second. */
export function useStepRemaining(workshop: TWorkshopState): { remainingMs: number | null; running: boolean } {
  const now = useServerNow(workshop.serverNow, 250);
  const timer = workshop.timer;
  if (!timer) return { remainingMs: null, running: false };
  return {
    remainingMs: timerRemainingMs(
      {
        durationMs: timer.durationMs,
        elapsedMs: timer.elapsedMs,
        startedAt: timer.startedAt ? new Date(timer.startedAt) : null,
      },
      now,
    ),
    running: Boolean(timer.startedAt),
  };
}

/** Milliseconds until the vote closes (null without a vote). */
export function useVoteRemaining(workshop: TWorkshopState): number | null {
  const now = useServerNow(workshop.serverNow, 250);
  return workshop.vote ? new Date(workshop.vote.closesAt).getTime() - now.getTime() : null;
}
