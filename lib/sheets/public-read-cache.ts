import { LRUCache } from "lru-cache";
import { broadcastPublicContentChange, onPublicContentChange } from "@/lib/live/live-events.ts";
import { CATALOGUE_CACHE_TAG } from "@/lib/catalogue/catalogue-read-cache.ts";

/**
 * Published sheets are read far more often than they change. Their read models
 * are kept in each instance's memory (and the sheet pages in Next's cache)
 * until a publication, an archive or a moderation: the instance that made the
 * change forgets them at once and tells every other instance through
 * PostgreSQL's NOTIFY (docs/adr/0017-cross-instance-caches.md). The TTL is only
 * a safety net.
 */
export const PUBLIC_READ_TTL_MS = 5 * 60_000;

/**
 * Next's implicit tags of the published sheet pages (every slug) and of the catalogue page, and the tag of the
 * cached reads of the whole catalogue (the guide and the open-data files, docs/adr/0024-guide-and-open-data.md).
 */
export const PUBLIC_PAGE_TAGS = ["_N_T_/cas-usage/[slug]/page", "_N_T_/cas-usage", CATALOGUE_CACHE_TAG];

type Holder = { cache: LRUCache<string, { value: unknown }>; listening?: boolean };
// On globalThis: the pages, route handlers and server actions are separate bundles of one process, and must share one
// cache.
const holder = ((globalThis as { __atelierPublicReads?: Holder }).__atelierPublicReads ??= {
  cache: new LRUCache<string, { value: unknown }>({ max: 1_000, ttl: PUBLIC_READ_TTL_MS }),
});

if (!holder.listening) {
  holder.listening = true;
  onPublicContentChange(() => void forgetPublicReads());
}

export async function cachedPublicRead<T>(key: string, load: () => Promise<T>): Promise<T> {
  const hit = holder.cache.get(key);
  if (hit) return hit.value as T;
  const value = await load();
  holder.cache.set(key, { value });
  return value;
}

type IncrementalCache = { revalidateTag: (tags: string[]) => Promise<void> };

/**
 * Forgets this instance's public reads and expires its cached sheet pages.
 * revalidatePath cannot be called here (Next requires a request's work store,
 * and this runs from a LISTEN notification): the process's incremental cache,
 * which Next keeps on globalThis, expires the pages' tags in its shared tag
 * manifest instead. Before the first request there is no cache, and nothing cached.
 */
export async function forgetPublicReads(): Promise<void> {
  holder.cache.clear();
  const incrementalCache = (globalThis as { __incrementalCache?: IncrementalCache }).__incrementalCache;
  await incrementalCache
    ?.revalidateTag(PUBLIC_PAGE_TAGS)
    .catch((error: unknown) => console.error("[cache] pages publiques non expirées", error));
}

/** After a committed change to published content: here at once, on every other instance through NOTIFY. */
export async function invalidatePublicReads(): Promise<void> {
  await forgetPublicReads();
  await broadcastPublicContentChange();
}
