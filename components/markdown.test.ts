import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { Markdown } from "./markdown.tsx";

const render = (source: string, fromPublic = false) =>
  renderToStaticMarkup(createElement(Markdown, { source, fromPublic }));

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

  // Each of these fits in one public feedback (5 000 characters). The deepest ones made
  // the members' sheet page answer 500 (stack overflow); the others nested hundreds of
  // levels at a quadratic parse cost.
  it.each([
    ["nested quotes", ">".repeat(4_990) + " x"],
    ["nested emphasis", "*a ".repeat(900) + "x" + " a*".repeat(900)],
    ["nested strong", "*".repeat(2_490) + "x" + "*".repeat(2_490)],
    ["nested lists", "- ".repeat(2_400) + "x"],
    ["nested ordered lists", "1. ".repeat(1_600) + "x"],
    ["quotes in lists", "> - ".repeat(1_200) + "x"],
  ])("shows a feedback with %s as plain text under a note instead of failing", (_, source) => {
    const html = render(source, true);
    expect(html).toContain("affiché en texte brut");
    expect(html).toContain('class="markdown-plain"');
    expect(html).not.toContain("<blockquote>");
  });
});
