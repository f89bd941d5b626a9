import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { Markdown } from "./markdown.tsx";

const render = (source: string, fromPublic = false) => renderToStaticMarkup(createElement(Markdown, { source, fromPublic }));

describe("Markdown", () => {
  it("renders GFM: lists, tables, strikethrough", () => {
    const html = render("- un\n- deux\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n~~barré~~");
    expect(html).toContain("<li>un</li>");
    expect(html).toContain("<table>");
    expect(html).toContain("<del>barré</del>");
  });

  it("never renders raw HTML nor javascript: links", () => {
    const html = render('<script>alert(1)</script><img src=x onerror="alert(1)">\n\n[clic](javascript:alert(1))');
    expect(html).not.toContain("<script");
    expect(html).not.toContain("onerror");
    expect(html).not.toContain("javascript:");
  });

  it("marks links written by the public as user-generated", () => {
    expect(render("[site](https://exemple.fr)", true)).toContain('rel="noopener nofollow ugc"');
    expect(render("[site](https://exemple.fr)")).toContain('rel="noopener"');
  });
});
