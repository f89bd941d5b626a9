import { existsSync, readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ACTION_PERMISSIONS, authorisationMarkdown } from "./authorisation-matrix.ts";
import { AUTHORISATION_SECTION, generatedSectionIn } from "@/lib/docs/readme-section.ts";

describe("authorisation matrix", () => {
  it("is the table the README shows (regenerate with npm run docs:security)", () => {
    expect(generatedSectionIn(readFileSync("README.md", "utf8"), AUTHORISATION_SECTION)).toBe(authorisationMarkdown());
  });

  it("names every server action declared in lib/*/actions.ts, and only those", () => {
    const declared = [
      ...new Set(
        readdirSync("lib")
          .filter((domain) => existsSync(`lib/${domain}/actions.ts`))
          .flatMap((domain) =>
            [...readFileSync(`lib/${domain}/actions.ts`, "utf8").matchAll(/\.metadata\(\{ name: "(\w+)" \}\)/g)].map(
              (match) => match[1],
            ),
          ),
      ),
    ].sort();
    expect(declared).toEqual(Object.keys(ACTION_PERMISSIONS).sort());
  });
});
