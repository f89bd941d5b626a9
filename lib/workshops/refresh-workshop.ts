import type { QueryClient } from "@tanstack/react-query";
import { workshopKeys } from "./workshop-keys.ts";

type TRefresh = { running: boolean; again: boolean };
const refreshes = new Map<string, TRefresh>();

/**
 * Reads a workshop's state again after a live event, with at most one read in flight and one more
 * queued: 60 phones posting at once send 60 events a second, and cancelling the read in flight at each
 * (TanStack's default) would starve the projection, while skipping events would miss the last change.
 * The bench's projection follows the same rule (scripts/bench.ts).
 */
export function refreshWorkshop(queryClient: QueryClient, workshopId: string): void {
  const refresh = refreshes.get(workshopId) ?? { running: false, again: false };
  refreshes.set(workshopId, refresh);
  if (refresh.running) {
    refresh.again = true;
    return;
  }
  refresh.running = true;
  void (async () => {
    try {
      do {
        refresh.again = false;
        // Only this loop reads after events, so cancelling only drops an older read (page mount, reconnection).
        await queryClient.refetchQueries({ queryKey: workshopKeys.one(workshopId) }).catch(() => {});
      } while (refresh.again);
    } finally {
      refresh.running = false;
    }
  })();
}

/** Every workshop shown in this tab (a ballot changes its round's participation). */
export function refreshAllWorkshops(queryClient: QueryClient): void {
  for (const query of queryClient.getQueryCache().findAll({ queryKey: workshopKeys.all }))
    refreshWorkshop(queryClient, String(query.queryKey[1]));
}
