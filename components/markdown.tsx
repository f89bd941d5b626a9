import ReactMarkdown from "react-markdown";
import remarkGfm from "remark-gfm";
import rehypeExternalLinks from "rehype-external-links";

/**
 * Safe GFM rendering: raw HTML is not rendered and dangerous URLs are dropped
 * (react-markdown's defaults). Text written by the public gets links that
 * search engines must not follow (`ugc`).
 */
export function Markdown({ source, fromPublic = false }: { source: string; fromPublic?: boolean }) {
  return (
    <div className="markdown max-w-none space-y-3 [&_blockquote]:border-l-4 [&_blockquote]:border-bleu-france [&_blockquote]:pl-4 [&_code]:rounded [&_code]:bg-gray-100 [&_code]:px-1 [&_h1]:text-2xl [&_h2]:text-xl [&_h3]:text-lg [&_ol]:list-decimal [&_ol]:pl-6 [&_table]:border-collapse [&_td]:border [&_td]:border-gray-300 [&_td]:p-1 [&_th]:border [&_th]:border-gray-300 [&_th]:p-1 [&_ul]:list-disc [&_ul]:pl-6">
      <ReactMarkdown
        remarkPlugins={[remarkGfm]}
        rehypePlugins={[[rehypeExternalLinks, { rel: fromPublic ? ["noopener", "nofollow", "ugc"] : ["noopener"], target: false }]]}
        skipHtml
      >
        {source}
      </ReactMarkdown>
    </div>
  );
}
