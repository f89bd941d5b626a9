import { unstable_cache } from "next/cache";

/**
 * Tag of every cached read derived from the whole catalogue (the guide, the
 * open-data files). It is among the tags that `forgetPublicReads` expires,
 * here and on every other instance (docs/adr/0017-cross-instance-caches.md,
 * docs/adr/0024-guide-and-open-data.md).
 */
export const CATALOGUE_CACHE_TAG = "catalogue";
/** Safety net only: a catalogue change expires the tag at once. */
export const CATALOGUE_CACHE_SECONDS = 300;

type NextCacheHolder = { __incrementalCache?: unknown };

/**
 * A read of the catalogue kept in Next's data cache under CATALOGUE_CACHE_TAG.
 * Outside a Next server (tests, scripts) there is no such cache: the read runs
 * every time. The value goes through JSON: dates must be ISO strings.
 */
export function cachedCatalogueRead<T>(key: string, load: () => Promise<T>): Promise<T> {
  if (!(globalThis as NextCacheHolder).__incrementalCache) return load();
  return unstable_cache(load, ["catalogue-read", key], {
    tags: [CATALOGUE_CACHE_TAG],
    revalidate: CATALOGUE_CACHE_SECONDS,
  })();
}
