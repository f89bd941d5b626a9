// `npm run docs:security`: rewrites the README's authorisation table from lib/security/authorisation-matrix.ts.
import { readFileSync, writeFileSync } from "node:fs";
import { authorisationMarkdown } from "@/lib/security/authorisation-matrix.ts";
import { AUTHORISATION_SECTION, replaceGeneratedSection } from "@/lib/docs/readme-section.ts";

writeFileSync(
  "README.md",
  replaceGeneratedSection(readFileSync("README.md", "utf8"), AUTHORISATION_SECTION, authorisationMarkdown()),
);
console.log("README.md : tableau des autorisations régénéré.");
