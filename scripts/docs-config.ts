// `npm run docs:config`: rewrites the README's configuration table from lib/config/env-schema.ts.
import { readFileSync, writeFileSync } from "node:fs";
import { configurationMarkdown } from "@/lib/config/configuration-markdown.ts";
import { CONFIGURATION_SECTION, replaceGeneratedSection } from "@/lib/docs/readme-section.ts";

writeFileSync(
  "README.md",
  replaceGeneratedSection(readFileSync("README.md", "utf8"), CONFIGURATION_SECTION, configurationMarkdown()),
);
console.log("README.md : tableau de configuration régénéré.");
