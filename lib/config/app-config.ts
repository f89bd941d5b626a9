// Settings derived from the parsed environment (lib/config/env.ts): one place decides each of them.
import { createHmac } from "node:crypto";
import { readAuthSecret } from "@/lib/auth/auth-secret.ts";
import { env, isDemoMode, isDemoModeInProduction } from "./env.ts";
import { DEMO_MOCK_API_TOKEN, DEMO_NO_SCOPE_MOCK_API_TOKEN, DEMO_RESTRICTED_MOCK_API_TOKEN } from "./env-schema.ts";

export function appUrl(): string {
  const { NEXTAUTH_URL, PORT } = env();
  return (NEXTAUTH_URL ?? `http://localhost:${PORT}`).replace(/\/$/, "");
}

/**
 * Production sets NEXTAUTH_SECRET (the start-up check refuses to serve without it); in demo mode a
 * per-machine secret is created beside the embedded database so that `npm run dev` needs no set-up.
 */
export function authSecret(): string {
  const secret = env().NEXTAUTH_SECRET;
  if (secret) return secret;
  if (!isDemoMode())
    throw new Error(
      "NEXTAUTH_SECRET doit être défini hors mode démonstration (par exemple : openssl rand -base64 32).",
    );
  return readAuthSecret(env().AUTH_SECRET_FILE);
}

export function emailFrom(): string {
  return env().EMAIL_FROM;
}

/** Published contact of the group's facilitation; a fictional one on a demonstration instance. */
export function contactEmail(): string | null {
  return env().CONTACT_EMAIL ?? (isDemoMode() ? "contact@atelier-efop.local" : null);
}

export function legalHost(): string | null {
  return env().LEGAL_HOST ?? null;
}

export function isEmailSignInEnabled(): boolean {
  return env().EMAIL_SIGN_IN;
}

export type ProConnectConfig = { issuer: string; clientId: string; clientSecret: string; signingAlg: string };

export function proConnectConfig(): ProConnectConfig | null {
  const {
    PROCONNECT_ISSUER: issuer,
    PROCONNECT_CLIENT_ID: clientId,
    PROCONNECT_CLIENT_SECRET: clientSecret,
    PROCONNECT_SIGNING_ALG: signingAlg,
  } = env();
  if (!issuer || !clientId || !clientSecret) return null;
  return { issuer: issuer.replace(/\/$/, ""), clientId, clientSecret, signingAlg };
}

/** Mail leaves the machine through SMTP_URL; in demo mode it stays in the demo mailbox. */
export function isMailConfigured(): boolean {
  return isDemoMode() || Boolean(env().SMTP_URL);
}

export type TMockApiTokens = { full: string; restricted: string; noScope: string };

const derivedToken = (secret: string, purpose: string) =>
  createHmac("sha256", secret).update(`atelier-efop:${purpose}`).digest("base64url");

/**
 * The Bearer tokens the mock APIs accept and the connectors send. The published demo values work in
 * demo mode only; otherwise MOCK_API_TOKEN, or a value derived from NEXTAUTH_SECRET so that every
 * instance of one deployment agrees without another secret to share.
 */
export function mockApiTokens(): TMockApiTokens {
  const { MOCK_API_TOKEN } = env();
  if (isDemoMode())
    return {
      full: MOCK_API_TOKEN ?? DEMO_MOCK_API_TOKEN,
      restricted: DEMO_RESTRICTED_MOCK_API_TOKEN,
      noScope: DEMO_NO_SCOPE_MOCK_API_TOKEN,
    };
  const secret = authSecret();
  return {
    full: MOCK_API_TOKEN ?? derivedToken(secret, "mock-api-token"),
    restricted: derivedToken(secret, "mock-api-token-restreint"),
    noScope: derivedToken(secret, "mock-api-token-sans-scope"),
  };
}

/** The lines printed on stderr when a production server starts in demo mode. */
export function demoModeWarning(): string | null {
  if (!isDemoModeInProduction()) return null;
  return [
    "",
    "!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!",
    "!! ATTENTION : MODE DÉMONSTRATION SUR UN SERVEUR DE PRODUCTION (DEMO_MODE=1)",
    "!! - tout le monde peut lire les e-mails envoyés par l'application sur /dev/mailbox ;",
    "!! - tout le monde peut se connecter avec les comptes de démonstration, administrateur compris ;",
    "!! - les API simulées acceptent les jetons de démonstration publiés.",
    "!! N'utilisez ce serveur pour aucune donnée réelle. Retirez DEMO_MODE=1 pour l'éteindre.",
    "!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!",
    "",
  ].join("\n");
}
