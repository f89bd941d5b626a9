/**
 * Concurrent callers of one read share it, but never get an answer older than
 * their call: a caller arriving while the read runs waits for the next one,
 * which starts when the running one ends and is shared by everyone who arrived
 * meanwhile. So at most two reads per key are under way (one running, one
 * waiting), however many callers. Used for the participation count that every
 * open ballot page asks for on each vote (ADR 0027). Per process.
 */
export function sharedFreshRead<T>(load: (key: string) => Promise<T>): (key: string) => Promise<T> {
  const slots = new Map<string, { running: Promise<T> | null; next: Promise<T> | null }>();
  const start = (key: string, slot: { running: Promise<T> | null; next: Promise<T> | null }) => {
    const running: Promise<T> = load(key).finally(() => {
      if (slot.running === running) slot.running = null;
      if (!slot.running && !slot.next) slots.delete(key);
    });
    slot.running = running;
    return running;
  };
  return (key) => {
    let slot = slots.get(key);
    if (!slot) {
      slot = { running: null, next: null };
      slots.set(key, slot);
    }
    const { running } = slot;
    if (!running) return start(key, slot);
    const current = slot;
    current.next ??= running
      .catch(() => undefined)
      .then(() => {
        current.next = null;
        return start(key, current);
      });
    return current.next;
  };
}
