import { LRUCache } from "lru-cache";
import rehypeExternalLinks from "rehype-external-links";
import rehypeSanitize from "rehype-sanitize";
import rehypeStringify from "rehype-stringify";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import { unified } from "unified";

function processor(fromPublic: boolean) {
  return unified()
    .use(remarkParse)
    .use(remarkGfm)
    // Raw HTML in the source is dropped (allowDangerousHtml stays off), then the
    // tree is sanitised (GitHub's schema: no scripts, no javascript: URLs).
    .use(remarkRehype)
    .use(rehypeSanitize)
    .use(rehypeExternalLinks, { rel: fromPublic ? ["noopener", "nofollow", "ugc"] : ["noopener"] })
    .use(rehypeStringify)
    .freeze();
}

const processors = { member: processor(false), public: processor(true) };
// Rendering GFM costs milliseconds per section; published sheets are read far more than written.
const rendered = new LRUCache<string, string>({ max: 2_000, maxSize: 20_000_000, sizeCalculation: (html) => html.length + 1 });

export function renderMarkdown(source: string, fromPublic = false): string {
  const key = `${fromPublic ? "p" : "m"}:${source}`;
  let html = rendered.get(key);
  if (html === undefined) {
    html = String(processors[fromPublic ? "public" : "member"].processSync(source));
    rendered.set(key, html);
  }
  return html;
}

/**
 * Safe GFM rendering of text written by members or, with `fromPublic`, by the
 * public (links then carry rel="nofollow ugc").
 */
export function Markdown({ source, fromPublic = false }: { source: string; fromPublic?: boolean }) {
  return (
    <div
      className="markdown"
      dangerouslySetInnerHTML={{ __html: renderMarkdown(source, fromPublic) }}
    />
  );
}
