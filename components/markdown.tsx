import { renderMarkdown, type TMarkdownBounds } from "@/lib/markdown/render-markdown.ts";

/**
 * Safe GFM rendering of text written by members or, with `fromPublic`, by the
 * public (links then carry rel="nofollow ugc"). A text beyond the bounds of
 * lib/markdown/render-markdown.ts is shown as plain text with a note, so that
 * one hostile text never takes its page down.
 */
export function Markdown({
  source,
  fromPublic = false,
  bounds,
}: {
  source: string;
  fromPublic?: boolean;
  bounds?: TMarkdownBounds;
}) {
  return (
    <div
      className="markdown"
      dangerouslySetInnerHTML={{ __html: renderMarkdown(source, { fromPublic, bounds }).html }}
    />
  );
}
