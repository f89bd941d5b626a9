import "server-only";
import { coalescePerKey } from "@/lib/live/coalesce.ts";
import { publishLiveEvent } from "@/lib/live/live-events.ts";
import { loggerForTask } from "@/lib/log/logger.ts";
import { countParticipationWith } from "./count-round-participation.ts";

/**
 * How long after a vote its round's participation is published. Votes of that window share one count and one
 * event: 50 members voting once a second cost at most 10 publications a second per instance, instead of one per vote
 * and then one read per vote from each of the 50 pages open on the round (ADR 0031).
 */
export const PARTICIPATION_WINDOW_MS = 100;

type Publisher = ReturnType<typeof coalescePerKey>;
// On globalThis: the votes (server actions) and the shutdown hook (instrumentation) are separate bundles
// of one process.
const holder = globalThis as { __atelierParticipation?: Publisher };

function publisher(): Publisher {
  const publish = async (roundId: string) => {
    try {
      await publishLiveEvent(async (tx) => ({
        type: "ballot.cast",
        roundId,
        participation: await countParticipationWith(tx, roundId),
      }));
    } catch (error) {
      // A lost publication only delays the count on open pages: the next vote, a reload or a resync corrects it.
      loggerForTask("live").error({ err: error, roundId }, "direct : participation non publiée");
    }
  };
  return (holder.__atelierParticipation ??= coalescePerKey(publish, { delayMs: PARTICIPATION_WINDOW_MS }));
}

/**
 * A ballot of this round changed (committed): its participation is published to members within the window, counted
 * once for every vote of the window and after the last of them (the count runs under the publication lock, so the
 * last event published carries the latest count, whichever instance publishes it). The vote does not wait for it.
 */
export function announceBallotCast(roundId: string): void {
  publisher().demand(roundId);
}

/** Resolves once every announced participation is published (shutdown, tests). */
export function participationPublished(): Promise<void> {
  return publisher().settled();
}
