import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.join(import.meta.dirname, "..");

/**
 * A colour literal: `#` then 3, 4, 6 or 8 hexadecimal digits, not part of a longer word (an anchor such as `#add-item`
 * or `#cafe2` is not a colour) nor of an HTML entity (`&#233;`).
 */
export const COLOUR_LITERAL = /(?<![\w&])#(?:[0-9a-fA-F]{8}|[0-9a-fA-F]{6}|[0-9a-fA-F]{3,4})(?![\w-])/g;

function sourceFiles(folder: string): string[] {
  return readdirSync(path.join(root, folder), { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.(tsx?|css)$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name))
    .map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)));
}

describe("colours", () => {
  it("recognises colour literals and leaves anchors, entities and identifiers alone", () => {
    const found = (text: string) => text.match(COLOUR_LITERAL) ?? [];
    expect(found('className="text-[#ce0500] bg-[#FFF]" fill="#00009180" stroke="#abcd"')).toEqual([
      "#ce0500",
      "#FFF",
      "#00009180",
      "#abcd",
    ]);
    expect(found('href="#add-item" id="#cafe2" &#233; href="#contenu" x#fff')).toEqual([]);
  });

  it("components and pages take their colours from the DSFR's variables, which follow the light and dark themes", () => {
    const offenders = ["components", "app"]
      .flatMap(sourceFiles)
      .flatMap((file) =>
        (readFileSync(path.join(root, file), "utf8").match(COLOUR_LITERAL) ?? []).map((colour) => `${file}: ${colour}`),
      );
    expect(offenders).toEqual([]);
  });
});
