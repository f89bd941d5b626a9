import { getPublishedSheetsFeed } from "@/lib/sheets/published-sheets-feed.ts";
import { cacheableResponse } from "@/lib/public-api/http.ts";

// Read per request from the public read cache (dropped at each publication); never evaluated at build time.
export const dynamic = "force-dynamic";

/** The Atom feed of published sheets, for feed readers and watch tools. */
export async function GET(request: Request) {
  return cacheableResponse(request, await getPublishedSheetsFeed(), "application/atom+xml; charset=utf-8");
}
