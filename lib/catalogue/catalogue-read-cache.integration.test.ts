import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { IncrementalCache } from "next/dist/server/lib/incremental-cache/index.js";
import { nodeFs } from "next/dist/server/lib/node-fs-methods.js";
import { stopLiveEvents } from "@/lib/live/live-events.ts";
import { invalidatePublicReads } from "@/lib/sheets/public-read-cache.ts";
import { cachedCatalogueRead } from "./catalogue-read-cache.ts";

// Set by Next's server before anything of Next loads (server/node-environment): its request stores are built on it.
vi.hoisted(() => {
  const { AsyncLocalStorage } = process.getBuiltinModule("node:async_hooks");
  (globalThis as { AsyncLocalStorage?: unknown }).AsyncLocalStorage ??= AsyncLocalStorage;
});

// The process-wide cache a Next server keeps on globalThis (ADR 0017), built as the server builds it.
const holder = globalThis as { __incrementalCache?: unknown };
const directory = mkdtempSync(path.join(tmpdir(), "atelier-next-cache-"));

afterAll(async () => {
  delete holder.__incrementalCache;
  rmSync(directory, { recursive: true, force: true });
  await stopLiveEvents();
});

describe("reads of the whole catalogue in Next's data cache", () => {
  it("runs the read every time outside a Next server (tests, scripts)", async () => {
    let loads = 0;
    const load = async () => ++loads;
    await cachedCatalogueRead("compteur-sans-serveur", load);
    await cachedCatalogueRead("compteur-sans-serveur", load);
    expect(loads).toBe(2);
  });

  describe("inside a Next server", () => {
    beforeAll(() => {
      holder.__incrementalCache = new IncrementalCache({
        fs: nodeFs,
        dev: false,
        flushToDisk: false,
        serverDistDir: directory,
        requestHeaders: {},
        maxMemoryCacheSize: 10_000_000,
        fetchCacheKeyPrefix: "",
        allowedRevalidateHeaderKeys: [],
        minimalMode: false,
        previewProps: { previewModeId: "test", previewModeEncryptionKey: "test", previewModeSigningKey: "test" },
        prerenderManifest: {
          version: 4,
          routes: {},
          dynamicRoutes: {},
          notFoundRoutes: [],
          preview: { previewModeId: "test", previewModeEncryptionKey: "test", previewModeSigningKey: "test" },
        },
      } as unknown as ConstructorParameters<typeof IncrementalCache>[0]);
    });

    it("serves the cached value until a catalogue change expires it, then reads the catalogue again", async () => {
      let loads = 0;
      const load = async () => ({ loads: ++loads });
      expect(await cachedCatalogueRead("compteur", load)).toEqual({ loads: 1 });
      expect(await cachedCatalogueRead("compteur", load)).toEqual({ loads: 1 });
      // What a catalogue action does after its commit (here, and on other instances through NOTIFY).
      await invalidatePublicReads();
      expect(await cachedCatalogueRead("compteur", load)).toEqual({ loads: 2 });
      expect(await cachedCatalogueRead("compteur", load)).toEqual({ loads: 2 });
      // Each key is its own entry.
      expect(await cachedCatalogueRead("autre", load)).toEqual({ loads: 3 });
    });
  });
});
