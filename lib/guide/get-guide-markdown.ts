import { appUrl } from "@/lib/config/app-config.ts";
import { cachedCatalogueRead } from "@/lib/catalogue/catalogue-read-cache.ts";
import { getGuide } from "./get-guide.ts";
import { guideToMarkdown } from "./guide-to-markdown.ts";

/** Public: the guide in Markdown, kept in Next's data cache with the guide until the catalogue changes. */
export function getGuideMarkdown(): Promise<string> {
  return cachedCatalogueRead("guide-markdown", async () => guideToMarkdown(await getGuide(), appUrl()));
}
