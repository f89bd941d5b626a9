import { cache } from "react";

/**
 * Memoises a read for the duration of one server request (generateMetadata and
 * the page ask for the same record). React's cache() compares arguments by
 * identity, so a read taking an options object built at each call would never
 * hit: this keys the memo on a string derived from the options instead. Outside
 * a request (tests, scripts) React keeps nothing and every call reads again.
 */
export function perRequest<TOptions, TResult>(
  read: (options: TOptions) => Promise<TResult>,
  key: (options: TOptions) => string,
): (options: TOptions) => Promise<TResult> {
  const memo = cache(() => new Map<string, Promise<TResult>>());
  return (options) => {
    const reads = memo();
    const id = key(options);
    const known = reads.get(id);
    if (known) return known;
    const pending = read(options);
    reads.set(id, pending);
    // A failed read is not kept: the next caller in the same request tries again.
    pending.catch(() => reads.delete(id));
    return pending;
  };
}
