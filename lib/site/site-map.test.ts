import { readdirSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { NOT_IN_SITE_MAP, SITE_MAP } from "./site-map.ts";

/** The addresses of app/'s pages without a dynamic segment ([slug], [id]). */
function staticPages(directory = "app", prefix = ""): string[] {
  return readdirSync(directory).flatMap((name) => {
    const full = path.join(directory, name);
    if (statSync(full).isDirectory())
      return name.startsWith("[") || name.startsWith("(") ? [] : staticPages(full, `${prefix}/${name}`);
    return name === "page.tsx" ? [prefix || "/"] : [];
  });
}

describe("the site map", () => {
  const listed = SITE_MAP.flatMap((section) => section.pages.map((page) => page.href));

  it("lists every page of app/ but the ones left out on purpose", () => {
    const missing = staticPages().filter((href) => !listed.includes(href) && !NOT_IN_SITE_MAP.includes(href));
    expect(missing).toEqual([]);
  });

  it("lists only pages that exist, each once", () => {
    const pages = staticPages();
    expect(listed.filter((href) => !pages.includes(href))).toEqual([]);
    expect(new Set(listed).size).toBe(listed.length);
  });
});
