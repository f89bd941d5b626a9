import escapeHtml from "escape-html";
import { Feed } from "feed";
import { appUrl } from "@/lib/config/app-config.ts";
import { PATH_LABELS } from "./sheet-content.ts";
import { listPublishedSheets } from "./list-published-sheets.ts";
import { cachedPublicRead } from "./public-read-cache.ts";

/** Enough for a feed reader to catch up after weeks away; the full list is on /cas-usage and in the public API. */
export const FEED_ENTRIES = 50;

type TFeedSheet = { slug: string; title: string; summary: string; paths: string[]; publishedAt: Date; updatedAt: Date };

/** The Atom feed of published sheets, most recent first; cached like the other public reads of sheets. */
export async function getPublishedSheetsFeed(): Promise<string> {
  return cachedPublicRead("feed:atom", async () => publishedSheetsFeed(await listPublishedSheets(), appUrl()));
}

/**
 * Built by the `feed` library. It marks entry titles and summaries as HTML (`type="html"`, in CDATA), so the texts are
 * HTML-escaped first: a feed reader shows a sheet's title as the text it is, never as markup. The entry id is the
 * sheet's address, stable across its revisions; `updated` moves when a new revision is published.
 */
export function publishedSheetsFeed(sheets: TFeedSheet[], base: string): string {
  const recent = sheets.toSorted((a, b) => b.updatedAt.getTime() - a.updatedAt.getTime()).slice(0, FEED_ENTRIES);
  const feed = new Feed({
    id: `${base}/cas-usage`,
    link: `${base}/cas-usage`,
    title: "Atelier EFOP — cas d'usage publiés",
    description: "Les fiches cas d'usage publiées par le groupe Data EFOP : « Dites-le-nous une fois ».",
    language: "fr",
    copyright: "Licence Ouverte 2.0 (Etalab)",
    updated: recent[0]?.updatedAt ?? new Date(0),
    feedLinks: { atom: `${base}/cas-usage/flux.atom` },
    author: { name: "Groupe Data EFOP", link: base },
  });
  for (const sheet of recent) {
    const url = `${base}/cas-usage/${sheet.slug}`;
    feed.addItem({
      id: url,
      link: url,
      title: escapeHtml(sheet.title),
      description: escapeHtml(sheet.summary),
      date: sheet.updatedAt,
      published: sheet.publishedAt,
      category: sheet.paths.map((path) => ({
        name: PATH_LABELS[path as keyof typeof PATH_LABELS] ?? path,
        term: path,
      })),
    });
  }
  return feed.atom1();
}
