import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { CONFIGURATION_SECTION, generatedSectionIn } from "@/lib/docs/readme-section.ts";
import { configurationMarkdown } from "./configuration-markdown.ts";
import {
  ConfigurationError,
  DEMO_MOCK_API_TOKEN,
  DEMO_RESTRICTED_MOCK_API_TOKEN,
  ENV_VARIABLES,
  demoModeOf,
  parseEnv,
  type TEnvSource,
} from "./env-schema.ts";

const SECRET = "x".repeat(32);
/** What a production server needs, and nothing more. */
const PRODUCTION: TEnvSource = {
  NODE_ENV: "production",
  NEXTAUTH_SECRET: SECRET,
  NEXTAUTH_URL: "https://atelier.exemple.gouv.fr",
  SMTP_URL: "smtps://u:p@smtp.exemple.gouv.fr:465",
};
const PROCONNECT: TEnvSource = {
  PROCONNECT_ISSUER: "https://auth.exemple.gouv.fr/api/v2",
  PROCONNECT_CLIENT_ID: "atelier",
  PROCONNECT_CLIENT_SECRET: "secret",
};

function issuesOf(source: TEnvSource, options?: { serving?: boolean }): Record<string, string> {
  try {
    parseEnv(source, options);
    return {};
  } catch (error) {
    if (!(error instanceof ConfigurationError)) throw error;
    return Object.fromEntries(error.issues.map((issue) => [issue.variable, issue.message]));
  }
}

describe("the environment schema", () => {
  it("gives every variable its default", () => {
    const env = parseEnv({});
    expect(env).toMatchObject({
      PORT: 3000,
      DATABASE_POOL_SIZE: 10,
      PGLITE_DATA_DIR: ".data/pglite",
      AUTH_SECRET_FILE: ".data/auth-secret",
      EMAIL_SIGN_IN: true,
      SIGN_IN_RATE_LIMIT: 5,
      CONNECTOR_TIMEOUT_MS: 3000,
      CONNECTOR_RETRIES: 2,
      API_RECIPIENT_SIRET: "13002526500013",
      PROCONNECT_SIGNING_ALG: "RS256",
      DS_DEMARCHE_SLUG_OF: "dossier-organisme-formation",
      DS_DEMARCHE_ID_EMPLOYEUR: "102",
      NODE_ENV: "production",
      OIDC_PORT: 9400,
      E2E_APP_PORT: 3100,
    });
    expect(env.DEMO_MODE).toBeUndefined();
    expect(env.DATABASE_URL).toBeUndefined();
  });

  it("reads an empty value as unset, as a shell's FOO= means", () => {
    const env = parseEnv({ PORT: "", DATABASE_URL: "", DEMO_MODE: " " });
    expect(env.PORT).toBe(3000);
    expect(env.DATABASE_URL).toBeUndefined();
    expect(env.DEMO_MODE).toBeUndefined();
  });

  it("converts numbers and flags", () => {
    expect(
      parseEnv({
        PORT: "8080",
        DEMO_MODE: "true",
        EMAIL_SIGN_IN: "0",
        SIGN_IN_RATE_LIMIT: "0",
        MOCK_API_LATENCY_MS: "150",
      }),
    ).toMatchObject({
      PORT: 8080,
      DEMO_MODE: true,
      EMAIL_SIGN_IN: false,
      SIGN_IN_RATE_LIMIT: 0,
      MOCK_API_LATENCY_MS: 150,
    });
    expect(parseEnv({ DEMO_MODE: "0" }).DEMO_MODE).toBe(false);
  });

  it.each([
    ["PORT", "trois mille", "nombre entier"],
    ["PORT", "70000", "au plus 65535"],
    ["PORT", "0", "au moins 1"],
    ["DATABASE_POOL_SIZE", "-1", "nombre entier"],
    ["DEMO_MODE", "oui", "1 ou 0"],
    ["EMAIL_SIGN_IN", "yes", "1 ou 0"],
    ["NEXTAUTH_URL", "atelier.exemple.gouv.fr", "http:// ou https://"],
    ["NEXTAUTH_URL", "ftp://atelier.exemple.gouv.fr", "http:// ou https://"],
    ["NEXTAUTH_URL", "/connexion", "http:// ou https://"],
    ["NEXTAUTH_SECRET", "court", "32 caractères au moins"],
    ["DATABASE_URL", "mysql://localhost/atelier", "postgresql://"],
    ["SMTP_URL", "https://smtp.exemple.gouv.fr", "smtp:// ou smtps://"],
    ["PROCONNECT_ISSUER", "auth.exemple.gouv.fr", "http:// ou https://"],
    ["PROCONNECT_SIGNING_ALG", "none", "RS256, ES256 ou PS256"],
    ["API_RECIPIENT_SIRET", "1300252650", "14 chiffres"],
    ["MOCK_API_TOKEN", "court", "16 caractères au moins"],
    ["CONNECTOR_RETRIES", "11", "au plus 10"],
    ["NODE_ENV", "staging", "development, production ou test"],
  ])("refuses %s=%s in French, naming the variable", (name, value, why) => {
    expect(() => parseEnv({ [name]: value })).toThrow(
      new RegExp(`- ${name} : .*${why.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&")}`),
    );
  });

  it("lists every malformed variable in one message, without echoing their values", () => {
    let message = "";
    try {
      parseEnv({ PORT: "x", NEXTAUTH_SECRET: "mot-de-passe-secret", SMTP_URL: "http://smtp" });
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toMatch(/^Configuration invalide \(3 variables d'environnement à corriger\) :/);
    expect(message).toContain("- PORT : ");
    expect(message).toContain("- NEXTAUTH_SECRET : ");
    expect(message).toContain("- SMTP_URL : ");
    expect(message).toContain("section « Configuration » du README");
    expect(message).not.toContain("mot-de-passe-secret");
  });

  it("documents every variable in French, with a default and an example", () => {
    for (const [name, definition] of Object.entries(ENV_VARIABLES)) {
      expect(name).toMatch(/^[A-Z][A-Z0-9_]+$/);
      expect(definition.description.length, name).toBeGreaterThan(10);
      expect(definition.defaultLabel, name).not.toBe("");
      expect(definition.example, name).not.toBe("");
    }
  });

  it("is the table the README shows (regenerate with npm run docs:config)", () => {
    expect(generatedSectionIn(readFileSync("README.md", "utf8"), CONFIGURATION_SECTION)).toBe(configurationMarkdown());
  });
});

describe("demo mode", () => {
  it.each([
    [{ NODE_ENV: "development" }, true],
    [{ NODE_ENV: "production" }, false],
    [{ NODE_ENV: "test" }, false],
    [{}, false],
    [{ NODE_ENV: "production", DATABASE_URL: "" }, false],
    [{ NODE_ENV: "production", DEMO_MODE: "1" }, true],
    [{ NODE_ENV: "production", DEMO_MODE: "true" }, true],
    [{ NODE_ENV: "development", DEMO_MODE: "0" }, false],
    [{ NODE_ENV: "development", DEMO_MODE: "false" }, false],
    [{ NODE_ENV: "development", DATABASE_URL: "postgresql://localhost/atelier" }, true],
  ])("%j → %s: on by default under next dev only, never because of the database", (source, expected) => {
    expect(demoModeOf(source)).toBe(expected);
  });
});

describe("the start-up check", () => {
  it("accepts a complete production configuration, with e-mail or with ProConnect alone", () => {
    expect(issuesOf(PRODUCTION, { serving: true })).toEqual({});
    expect(
      issuesOf({ ...PRODUCTION, SMTP_URL: undefined, EMAIL_SIGN_IN: "0", ...PROCONNECT }, { serving: true }),
    ).toEqual({});
  });

  it("names each missing variable of a production server in one message", () => {
    const issues = issuesOf({ NODE_ENV: "production" }, { serving: true });
    expect(Object.keys(issues).sort()).toEqual(["NEXTAUTH_SECRET", "NEXTAUTH_URL", "SMTP_URL"]);
    expect(issues.NEXTAUTH_SECRET).toMatch(/obligatoire hors mode démonstration/);
    expect(issues.NEXTAUTH_URL).toMatch(/obligatoire hors mode démonstration/);
    expect(issues.SMTP_URL).toMatch(/connexion par e-mail/);
  });

  it.each(["NEXTAUTH_SECRET", "NEXTAUTH_URL", "SMTP_URL"])("refuses a production server without %s", (name) => {
    expect(Object.keys(issuesOf({ ...PRODUCTION, [name]: undefined }, { serving: true }))).toEqual([name]);
    expect(Object.keys(issuesOf({ ...PRODUCTION, [name]: "" }, { serving: true }))).toEqual([name]);
  });

  it("reports a malformed required variable once, as malformed", () => {
    const issues = issuesOf(
      { ...PRODUCTION, NEXTAUTH_SECRET: "x".repeat(31), NEXTAUTH_URL: "atelier.gouv.fr" },
      { serving: true },
    );
    expect(issues).toEqual({
      NEXTAUTH_SECRET: expect.stringMatching(/32 caractères au moins/),
      NEXTAUTH_URL: expect.stringMatching(/http:\/\/ ou https:\/\//),
    });
  });

  it("does not need SMTP when e-mail sign-in is off and ProConnect is configured, and refuses no sign-in method at all", () => {
    expect(issuesOf({ ...PRODUCTION, EMAIL_SIGN_IN: "0" }, { serving: true })).toEqual({
      EMAIL_SIGN_IN: expect.stringMatching(/aucun moyen de connexion/),
    });
    expect(issuesOf({ NODE_ENV: "development", EMAIL_SIGN_IN: "false" }, { serving: true })).toEqual({
      EMAIL_SIGN_IN: expect.stringMatching(/aucun moyen de connexion/),
    });
  });

  it("names the missing part of a partial ProConnect configuration", () => {
    expect(issuesOf({ ...PRODUCTION, PROCONNECT_ISSUER: PROCONNECT.PROCONNECT_ISSUER }, { serving: true })).toEqual({
      PROCONNECT_CLIENT_ID: expect.stringMatching(/ensemble/),
      PROCONNECT_CLIENT_SECRET: expect.stringMatching(/ensemble/),
    });
  });

  it.each([DEMO_MOCK_API_TOKEN, DEMO_RESTRICTED_MOCK_API_TOKEN])(
    "refuses the published mock token %s outside demo mode only",
    (token) => {
      expect(issuesOf({ ...PRODUCTION, MOCK_API_TOKEN: token }, { serving: true })).toEqual({
        MOCK_API_TOKEN: expect.stringMatching(/jeton de démonstration/),
      });
      expect(issuesOf({ ...PRODUCTION, MOCK_API_TOKEN: token, DEMO_MODE: "1" }, { serving: true })).toEqual({});
      expect(issuesOf({ ...PRODUCTION, MOCK_API_TOKEN: "un-jeton-secret-de-production" }, { serving: true })).toEqual(
        {},
      );
    },
  );

  it("needs nothing in demo mode, under next dev or with DEMO_MODE=1", () => {
    expect(issuesOf({ NODE_ENV: "development" }, { serving: true })).toEqual({});
    expect(issuesOf({ NODE_ENV: "production", DEMO_MODE: "1" }, { serving: true })).toEqual({});
  });

  it("does not apply the serving rules to commands and builds (formats only)", () => {
    expect(issuesOf({ NODE_ENV: "production" })).toEqual({});
  });

  it("combines malformed and missing variables in the same message", () => {
    const issues = issuesOf(
      { NODE_ENV: "production", PORT: "x", NEXTAUTH_URL: "https://atelier.gouv.fr", SMTP_URL: "smtp://localhost:25" },
      { serving: true },
    );
    expect(Object.keys(issues).sort()).toEqual(["NEXTAUTH_SECRET", "PORT"]);
  });
});
