// The catalogue detail pages ask for their entry twice per request (generateMetadata, then the page):
// the database is read once. React's cache() is replaced by its in-request behaviour (one memo), as in
// lib/http/per-request.test.ts; the database is real.
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client.ts";
import { ensureDemoContent } from "@/lib/test/factories.ts";
import { getDataItem } from "./list-data-items.ts";
import { getFundingScheme } from "./get-funding-scheme.ts";
import { getIrritant } from "./get-irritant.ts";
import { getPublicApi } from "./get-public-api.ts";

vi.mock("react", () => ({
  cache: <T>(make: () => T) => {
    let made: { value: T } | null = null;
    return () => (made ??= { value: make() }).value;
  },
}));

beforeAll(ensureDemoContent);
afterEach(() => vi.restoreAllMocks());

const READS = [
  { name: "getIrritant", read: getIrritant, model: () => db.irritant, slug: "offre-de-formation-ressaisie" },
  { name: "getDataItem", read: getDataItem, model: () => db.dataItem, slug: "titularite-iban" },
  { name: "getPublicApi", read: getPublicApi, model: () => db.publicApi, slug: "api-particulier" },
  {
    name: "getFundingScheme",
    read: getFundingScheme,
    model: () => db.fundingScheme,
    slug: "projet-transition-professionnelle",
  },
] as const;

describe("catalogue detail reads within one request", () => {
  it.each(READS)("$name reads the database once for the metadata and the page", async ({ read, model, slug }) => {
    const findUnique = vi.spyOn(model(), "findUnique");
    const [forMetadata, forPage] = await Promise.all([read({ slug }), read({ slug })]);
    const again = await read({ slug });
    expect(forMetadata).not.toBeNull();
    expect(forPage).toBe(forMetadata);
    expect(again).toBe(forMetadata);
    expect(findUnique).toHaveBeenCalledTimes(1);
  });
});
