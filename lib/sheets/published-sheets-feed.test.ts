import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { FEED_ENTRIES, publishedSheetsFeed } from "./published-sheets-feed.ts";

const BASE = "https://atelier.example.gouv.fr";
const sheet = (slug: string, day: number, title = `Fiche ${slug}`) => ({
  slug,
  title,
  summary: `Résumé de ${slug}`,
  paths: ["PARTICULIER"],
  publishedAt: new Date(Date.UTC(2026, 0, day)),
  updatedAt: new Date(Date.UTC(2026, 0, day, 12)),
});
// What a feed reader shows of a `type="html"` text.
const htmlText = (html: string) =>
  html.replace(
    /&(lt|gt|quot|#39|amp);/g,
    (_, entity: string) => ({ lt: "<", gt: ">", quot: '"', "#39": "'", amp: "&" })[entity] ?? "",
  );
const parse = (xml: string) => new XMLParser({ ignoreAttributes: false }).parse(xml).feed;

describe("publishedSheetsFeed", () => {
  it("lists the sheets most recently updated first, each with its address as id and link", () => {
    const feed = parse(publishedSheetsFeed([sheet("ancienne", 2), sheet("recente", 20), sheet("milieu", 10)], BASE));
    expect(feed.id).toBe(`${BASE}/cas-usage`);
    expect(feed.updated).toBe("2026-01-20T12:00:00.000Z");
    expect(feed.entry.map((entry: { id: string }) => entry.id)).toEqual(
      ["recente", "milieu", "ancienne"].map((slug) => `${BASE}/cas-usage/${slug}`),
    );
    expect(feed.entry[0].link["@_href"]).toBe(`${BASE}/cas-usage/recente`);
    expect(feed.entry[0].published).toBe("2026-01-20T00:00:00.000Z");
    expect(feed.link.find((link: { "@_rel"?: string }) => link["@_rel"] === "self")["@_href"]).toBe(
      `${BASE}/cas-usage/flux.atom`,
    );
  });

  it(`keeps the ${FEED_ENTRIES} most recent sheets`, () => {
    const sheets = Array.from({ length: FEED_ENTRIES + 7 }, (_, index) => sheet(`fiche-${index}`, index + 1));
    const feed = parse(publishedSheetsFeed(sheets, BASE));
    expect(feed.entry).toHaveLength(FEED_ENTRIES);
    expect(feed.entry.at(-1).id).toBe(`${BASE}/cas-usage/fiche-7`);
  });

  it("stays well-formed XML, with every title read back as written, whatever the sheets' texts", () => {
    // Control characters are refused on input (lib/validation/invalid-text.ts); everything else may reach a title.
    const text = fc
      .string({ unit: "grapheme", minLength: 1, maxLength: 80 })
      .filter(
        (value) =>
          !/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/.test(value) &&
          value.trim() === value &&
          value.length > 0,
      );
    fc.assert(
      fc.property(fc.array(text, { minLength: 1, maxLength: 5 }), (titles) => {
        const xml = publishedSheetsFeed(
          titles.map((title, index) => sheet(`fiche-${index}`, index + 1, title)),
          BASE,
        );
        expect(XMLValidator.validate(xml)).toBe(true);
        const entries = [parse(xml).entry].flat();
        const read = new XMLParser({
          processEntities: true,
          htmlEntities: true,
          parseTagValue: false,
          textNodeName: "text",
          ignoreAttributes: false,
        }).parse(xml).feed;
        expect(entries).toHaveLength(titles.length);
        const readTitles = [read.entry]
          .flat()
          .map((entry: { title: string | { text: string } }) =>
            htmlText(typeof entry.title === "string" ? entry.title : entry.title.text),
          );
        expect(readTitles.toSorted()).toEqual(titles.toReversed().toSorted());
      }),
    );
  });

  it("keeps hostile titles as text: markup, CDATA end, entities", () => {
    for (const title of ["<script>alert(1)</script>", "a ]]> b", "&amp; &lt; &#0;", "\"'<>&"]) {
      const xml = publishedSheetsFeed([sheet("fiche", 1, title)], BASE);
      expect(XMLValidator.validate(xml)).toBe(true);
      expect(xml).not.toContain("<script>");
      const entry = new XMLParser({ ignoreAttributes: false, textNodeName: "text", parseTagValue: false }).parse(xml)
        .feed.entry;
      expect(htmlText(entry.title.text ?? entry.title)).toBe(title);
    }
  });

  it("is a valid empty feed when nothing is published", () => {
    const xml = publishedSheetsFeed([], BASE);
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(parse(xml).entry).toBeUndefined();
  });
});
