// `npm run docs:security`: rewrites the README's authorisation table from lib/security/authorisation-matrix.ts.
import { readFileSync, writeFileSync } from "node:fs";
import { authorisationMarkdown } from "@/lib/security/authorisation-matrix.ts";
import { replaceAuthorisationTable } from "@/lib/security/readme-table.ts";

writeFileSync("README.md", replaceAuthorisationTable(readFileSync("README.md", "utf8"), authorisationMarkdown()));
console.log("README.md : tableau des autorisations régénéré.");
