import { getGuideMarkdown } from "@/lib/guide/get-guide-markdown.ts";
import { cacheableResponse } from "@/lib/public-api/http.ts";

// Read per request from Next's data cache (expired when the catalogue changes); never evaluated at build time.
export const dynamic = "force-dynamic";

/** The guide « des bonnes pratiques et des bonnes données » in Markdown, as a download. */
export async function GET(request: Request) {
  const response = cacheableResponse(request, await getGuideMarkdown(), "text/markdown; charset=utf-8");
  response.headers.set("Content-Disposition", 'attachment; filename="guide-bonnes-pratiques-efop.md"');
  return response;
}
