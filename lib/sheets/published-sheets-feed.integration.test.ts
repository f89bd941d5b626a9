import { beforeAll, describe, expect, it } from "vitest";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { db } from "@/lib/db/client.ts";
import { seedDemoContent } from "@/lib/seed/seed.ts";
import { GET as feedRoute } from "@/app/cas-usage/flux.atom/route.ts";
import { listPublishedSheets } from "./list-published-sheets.ts";

beforeAll(async () => {
  if (!(await db.fundingScheme.findUnique({ where: { slug: "cpf" } }))) await seedDemoContent(db);
});

describe("GET /cas-usage/flux.atom", () => {
  it("answers an Atom feed of the published sheets, cacheable and revalidated by its ETag", async () => {
    const response = await feedRoute(new Request("http://localhost:3000/cas-usage/flux.atom"));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/atom+xml; charset=utf-8");
    const xml = await response.text();
    expect(XMLValidator.validate(xml)).toBe(true);
    const feed = new XMLParser({ ignoreAttributes: false }).parse(xml).feed;
    const published = await listPublishedSheets();
    expect(published.length).toBeGreaterThan(0);
    const ids = [feed.entry].flat().map((entry: { id: string }) => new URL(entry.id).pathname);
    expect(ids.toSorted()).toEqual(published.map((sheet) => `/cas-usage/${sheet.slug}`).toSorted());

    const etag = response.headers.get("etag");
    expect(etag).toBeTruthy();
    const again = await feedRoute(
      new Request("http://localhost:3000/cas-usage/flux.atom", { headers: { "if-none-match": etag ?? "" } }),
    );
    expect(again.status).toBe(304);
  });
});
