import { LRUCache } from "lru-cache";

/**
 * Published sheets are read far more often than they change. Their read models
 * are kept a few seconds in this process: this instance forgets them as soon as
 * it publishes, archives or moderates; other instances (PostgreSQL
 * deployments) see the change within PUBLIC_READ_TTL_MS.
 */
export const PUBLIC_READ_TTL_MS = 10_000;

const cache = new LRUCache<string, { value: unknown }>({ max: 1_000, ttl: PUBLIC_READ_TTL_MS });

export async function cachedPublicRead<T>(key: string, load: () => Promise<T>): Promise<T> {
  const hit = cache.get(key);
  if (hit) return hit.value as T;
  const value = await load();
  cache.set(key, { value });
  return value;
}

export function invalidatePublicReads(): void {
  cache.clear();
}
