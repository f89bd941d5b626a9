"use client";
import { useEffect, useState } from "react";
import { useQueryClient } from "@tanstack/react-query";
import { boardKeys } from "@/lib/board/board-keys.ts";
import { roundKeys } from "@/lib/rounds/round-keys.ts";
import { commentKeys } from "@/lib/comments/comment-keys.ts";
import { refreshAllWorkshops, refreshWorkshop } from "@/lib/workshops/refresh-workshop.ts";
import type { TLiveEvent } from "./live-events.ts";

export type TLiveStatus = "connecting" | "live" | "offline";

/** After a refusal (429, or an instance that went away between two attempts), how long before trying again. */
const REOPEN_AFTER_MS = 5_000;

/**
 * Follows /api/live and refreshes what another member changed (board, rounds, comment threads). EventSource
 * reconnects by itself after a cut (sending Last-Event-ID: the server replays
 * what was missed); when it gives up (an error answer) the stream is reopened
 * here from the last id seen. A `resync` means the gap could not be replayed:
 * everything shown is refetched. A `ballot.cast` carries who voted so far (two
 * counts, one event per burst of votes): it is shown as it comes, without any
 * read (ADR 0031); the full round is read again only when it changes (ADR 0027).
 */
export function useLiveEvents(): TLiveStatus {
  const queryClient = useQueryClient();
  const [status, setStatus] = useState<TLiveStatus>("connecting");
  useEffect(() => {
    let source: EventSource | null = null;
    let lastEventId = "";
    let reopen: ReturnType<typeof setTimeout> | undefined;
    const open = () => {
      source = new EventSource(lastEventId ? `/api/live?lastEventId=${encodeURIComponent(lastEventId)}` : "/api/live");
      const current = source;
      const remember = (message: MessageEvent) => {
        if (message.lastEventId) lastEventId = message.lastEventId;
      };
      current.addEventListener("ready", (message) => {
        remember(message);
        setStatus("live");
      });
      current.addEventListener("resync", (message) => {
        remember(message);
        void queryClient.invalidateQueries({ queryKey: boardKeys.all });
        void queryClient.invalidateQueries({ queryKey: roundKeys.all });
        void queryClient.invalidateQueries({ queryKey: commentKeys.all });
        refreshAllWorkshops(queryClient);
      });
      current.onerror = () => {
        if (current.readyState !== EventSource.CLOSED) return setStatus("connecting");
        setStatus("offline");
        reopen = setTimeout(open, REOPEN_AFTER_MS);
      };
      current.onmessage = (message) => {
        remember(message);
        const event = JSON.parse(message.data) as TLiveEvent;
        if (event.type === "card.moved" || event.type === "board.changed")
          void queryClient.invalidateQueries({ queryKey: boardKeys.columns() });
        else if (event.type === "comment.changed")
          void queryClient.invalidateQueries({
            queryKey: commentKeys.thread({ kind: event.target, id: event.targetId }),
          });
        else if (event.type === "workshop.changed") refreshWorkshop(queryClient, event.workshopId);
        else {
          if (event.type === "ballot.cast") {
            queryClient.setQueryData(roundKeys.participation(event.roundId), event.participation);
          } else void queryClient.invalidateQueries({ queryKey: roundKeys.detail(event.roundId) });
          // A workshop shows its round's participation live.
          refreshAllWorkshops(queryClient);
        }
      };
    };
    open();
    return () => {
      clearTimeout(reopen);
      source?.close();
    };
  }, [queryClient]);
  return status;
}
