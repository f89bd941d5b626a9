/**
 * Runs `task` on demand, never twice at once: a demand arriving while it runs
 * makes exactly one more run once it ends, however many arrived. A burst of
 * `ballot.cast` events thus costs each open page at most one read in flight
 * and one after it, and the last read always starts after the last event.
 */
export function coalesce(task: () => Promise<unknown>): () => void {
  let running = false;
  let again = false;
  const run = async () => {
    running = true;
    try {
      do {
        again = false;
        await task().catch(() => undefined);
      } while (again);
    } finally {
      running = false;
    }
  };
  return () => {
    if (running) again = true;
    else void run();
  };
}
