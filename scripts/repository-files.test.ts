import { readFileSync } from "node:fs";
import path from "node:path";
import spdxLicenses from "spdx-license-list/full.js";
import { parse } from "yaml";
import { z } from "zod";
import { describe, expect, it } from "vitest";

const root = path.join(import.meta.dirname, "..");
const read = (file: string) => readFileSync(path.join(root, file), "utf8");

// Keys and value sets required by the publiccode.yml standard 0.4 (https://yml.publiccode.tools).
// No maintained validator is published on npm (the reference one is a Go program): this schema checks
// the mandatory structure, the enumerations and the lengths the standard imposes.
const ZDescription = z.object({
  shortDescription: z.string().min(1).max(150),
  longDescription: z.string().min(150).max(10_000),
  features: z.array(z.string().min(1).max(100)).min(1),
  genericName: z.string().max(35).optional(),
});
const ZPubliccode = z.object({
  publiccodeYmlVersion: z.literal("0.4"),
  name: z.string().min(1),
  url: z.url({ protocol: /^https$/ }),
  softwareVersion: z.string().optional(),
  releaseDate: z.iso.date().optional(),
  platforms: z.array(z.string()).min(1),
  categories: z.array(z.string().regex(/^[a-z-]+$/)).min(1),
  developmentStatus: z.enum(["concept", "development", "beta", "stable", "obsolete"]),
  softwareType: z.enum([
    "standalone/mobile",
    "standalone/iot",
    "standalone/desktop",
    "standalone/web",
    "standalone/backend",
    "standalone/other",
    "addon",
    "library",
    "configurationFiles",
  ]),
  intendedAudience: z
    .object({ countries: z.array(z.string().length(2)).optional(), scope: z.array(z.string()).optional() })
    .optional(),
  description: z
    .record(z.string().regex(/^[a-z]{2}(-[A-Z]{2})?$/), ZDescription)
    .refine((byLanguage) => "fr" in byLanguage, "une description en français"),
  legal: z.object({
    license: z.string().min(1),
    mainCopyrightOwner: z.string().optional(),
    repoOwner: z.string().optional(),
  }),
  maintenance: z.discriminatedUnion("type", [
    z.object({
      type: z.enum(["internal", "community"]),
      contacts: z
        .array(z.object({ name: z.string().min(1), email: z.email().optional(), affiliation: z.string().optional() }))
        .min(1),
    }),
    z.object({
      type: z.literal("contract"),
      contractors: z.array(z.object({ name: z.string().min(1), until: z.iso.date() })).min(1),
    }),
    z.object({ type: z.literal("none") }),
  ]),
  localisation: z.object({ localisationReady: z.boolean(), availableLanguages: z.array(z.string()).min(1) }),
  dependsOn: z
    .object({
      open: z
        .array(z.object({ name: z.string(), versionMin: z.string().optional(), optional: z.boolean().optional() }))
        .optional(),
    })
    .optional(),
});

describe("repository files", () => {
  it("LICENSE is the full official EUPL-1.2 text", () => {
    const normalise = (text: string) => text.replace(/[ \t]+$/gm, "").trim();
    expect(normalise(read("LICENSE"))).toBe(normalise(spdxLicenses["EUPL-1.2"].licenseText));
  });

  it("publiccode.yml follows the standard 0.4 and states the same licence and version as the repository", () => {
    const publiccode = ZPubliccode.parse(parse(read("publiccode.yml")));
    const packageJson = JSON.parse(read("package.json")) as {
      version: string;
      license: string;
      engines: { node: string };
    };
    expect(publiccode.legal.license).toBe("EUPL-1.2");
    expect(packageJson.license).toBe(publiccode.legal.license);
    expect(publiccode.softwareVersion).toBe(packageJson.version);
  });

  it("the publiccode.yml schema refuses what the standard refuses", () => {
    const valid = parse(read("publiccode.yml")) as Record<string, unknown>;
    const variants: Array<Record<string, unknown>> = [
      { ...valid, publiccodeYmlVersion: "0.2" },
      { ...valid, url: undefined },
      { ...valid, developmentStatus: "alpha" },
      { ...valid, maintenance: { type: "internal", contacts: [] } },
      { ...valid, description: { en: (valid.description as Record<string, unknown>).fr } },
      {
        ...valid,
        description: { fr: { ...(valid.description as { fr: object }).fr, shortDescription: "x".repeat(151) } },
      },
      { ...valid, legal: {} },
    ];
    for (const variant of variants) expect(ZPubliccode.safeParse(variant).success).toBe(false);
  });
});
