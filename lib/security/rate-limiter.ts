import { LRUCache } from "lru-cache";

/**
 * Fixed-window counter per key, kept in this process (each instance counts its
 * own requests: enough to slow down a script, not a distributed attack).
 */
export function createRateLimiter({ limit, windowMs }: { limit: number; windowMs: number }) {
  const windows = new LRUCache<string, { count: number; resetAt: number }>({ max: 50_000 });
  return {
    /** Counts one hit; says whether it is allowed and, if not, how many seconds to wait. */
    hit(key: string, now = Date.now()): { allowed: boolean; retryAfterSeconds: number } {
      const current = windows.get(key);
      const window = current && current.resetAt > now ? current : { count: 0, resetAt: now + windowMs };
      window.count += 1;
      windows.set(key, window);
      return { allowed: window.count <= limit, retryAfterSeconds: Math.max(1, Math.ceil((window.resetAt - now) / 1000)) };
    },
  };
}
