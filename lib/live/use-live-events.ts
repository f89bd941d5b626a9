"use client";
import { useEffect, useState } from "react";
import { useQueryClient } from "@tanstack/react-query";
import { boardKeys } from "@/lib/board/board-keys.ts";
import type { TLiveEvent } from "./live-events.ts";

export type TLiveStatus = "connecting" | "live" | "offline";

/** Follows /api/live and refreshes what another member changed; EventSource reconnects by itself. */
export function useLiveEvents(): TLiveStatus {
  const queryClient = useQueryClient();
  const [status, setStatus] = useState<TLiveStatus>("connecting");
  useEffect(() => {
    const source = new EventSource("/api/live");
    source.addEventListener("ready", () => setStatus("live"));
    source.onerror = () => setStatus(source.readyState === EventSource.CLOSED ? "offline" : "connecting");
    source.onmessage = (message) => {
      const event = JSON.parse(message.data) as TLiveEvent;
      if (event.type === "card.moved" || event.type === "board.changed") void queryClient.invalidateQueries({ queryKey: boardKeys.columns() });
      else void queryClient.invalidateQueries({ queryKey: boardKeys.round(event.roundId) });
    };
    return () => source.close();
  }, [queryClient]);
  return status;
}
