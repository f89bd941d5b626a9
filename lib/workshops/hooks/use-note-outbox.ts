"use client";
import { useCallback, useEffect, useRef, useState } from "react";
import { postWorkshopNoteAction } from "@/lib/workshops/actions.ts";
import { actionFailureOf } from "@/lib/action-result.ts";

export type TOutboxNote = { key: string; text: string; state: "pending" | "sent" | "refused"; message?: string };

const RETRY_MS = [1_000, 2_000, 5_000, 10_000, 15_000];
// Failures a later attempt may get past (server hiccup, rate limit, session being renewed): the others are shown.
const RETRIED_CODES = new Set<string>(["INTERNAL", "RATE_LIMITED", "UNAUTHENTICATED"]);
const storageKey = (workshopId: string) => `atelier-notes-${workshopId}`;

/** A version 4 UUID, also over plain HTTP on a local network, where crypto.randomUUID is unavailable. */
export function newIdempotencyKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6] & 0x0f) | 0x40;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = [...bytes].map((byte) => byte.toString(16).padStart(2, "0")).join("");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * Notes waiting for the server's acknowledgement, kept in the browser (localStorage) so that a lost
 * connection, a reload or a closed tab loses nothing: each is sent again, with the key it got when it
 * was written, until the server answers; the key makes the retry harmless (post-workshop-note.ts).
 * Refusals that a retry cannot fix (invalid text, closed workshop) are shown and not retried.
 */
export function useNoteOutbox(workshopId: string) {
  const [notes, setNotes] = useState<TOutboxNote[]>([]);
  const notesRef = useRef<TOutboxNote[]>([]);
  const flushing = useRef(false);
  const attempt = useRef(0);
  const retryTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const update = useCallback(
    (next: TOutboxNote[]) => {
      notesRef.current = next;
      setNotes(next);
      try {
        localStorage.setItem(storageKey(workshopId), JSON.stringify(next.filter((note) => note.state === "pending")));
      } catch {
        // Private browsing without storage: the retries still happen while the page is open.
      }
    },
    [workshopId],
  );

  const flush = useCallback(async () => {
    if (flushing.current) return;
    flushing.current = true;
    clearTimeout(retryTimer.current);
    try {
      // The first pending note each time: notes written while sending are picked up too, in order.
      for (
        let note = notesRef.current.find((entry) => entry.state === "pending");
        note;
        note = notesRef.current.find((entry) => entry.state === "pending")
      ) {
        const key = note.key;
        let result: Awaited<ReturnType<typeof postWorkshopNoteAction>> | undefined;
        try {
          result = await postWorkshopNoteAction({ workshopId, idempotencyKey: note.key, text: note.text });
        } catch {
          result = undefined; // network cut: retried below
        }
        const failure = actionFailureOf(result);
        if (result?.data) {
          update(notesRef.current.map((entry) => (entry.key === key ? { ...entry, state: "sent" as const } : entry)));
          attempt.current = 0;
        } else if (failure && !RETRIED_CODES.has(failure.code)) {
          const message = failure.message || "Note refusée.";
          update(
            notesRef.current.map((entry) =>
              entry.key === key ? { ...entry, state: "refused" as const, message } : entry,
            ),
          );
        } else {
          const delay = RETRY_MS[Math.min(attempt.current++, RETRY_MS.length - 1)];
          retryTimer.current = setTimeout(() => void flush(), delay);
          return;
        }
      }
    } finally {
      flushing.current = false;
    }
  }, [update, workshopId]);

  useEffect(() => {
    try {
      const saved = JSON.parse(localStorage.getItem(storageKey(workshopId)) ?? "[]") as TOutboxNote[];
      if (Array.isArray(saved) && saved.length) {
        // Notes kept by this browser exist only after hydration: they cannot be the initial state.
        // eslint-disable-next-line react-hooks/set-state-in-effect
        update(saved.map((note) => ({ key: String(note.key), text: String(note.text), state: "pending" })));
        void flush();
      }
    } catch {
      // Unreadable storage: nothing to resend.
    }
    const online = () => void flush();
    window.addEventListener("online", online);
    return () => {
      window.removeEventListener("online", online);
      clearTimeout(retryTimer.current);
    };
  }, [flush, update, workshopId]);

  const post = useCallback(
    (text: string) => {
      update([...notesRef.current, { key: newIdempotencyKey(), text, state: "pending" }]);
      attempt.current = 0;
      void flush();
    },
    [flush, update],
  );

  return { notes, post, pending: notes.filter((note) => note.state === "pending").length };
}
