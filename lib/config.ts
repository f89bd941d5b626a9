import "server-only";
import { databaseKind } from "@/lib/db/connection.ts";
import { readAuthSecret } from "@/lib/auth/auth-secret.ts";

/**
 * Demo mode: on by default with the embedded database, off on PostgreSQL
 * unless DEMO_MODE=1. DEMO_MODE=0 turns it off anywhere.
 */
export function isDemoMode(): boolean {
  const flag = process.env.DEMO_MODE;
  if (flag === "1" || flag === "true") return true;
  if (flag === "0" || flag === "false") return false;
  return databaseKind() === "pglite";
}

export function appUrl(): string {
  return (process.env.NEXTAUTH_URL || `http://localhost:${process.env.PORT ?? 3000}`).replace(/\/$/, "");
}

/**
 * Production sets NEXTAUTH_SECRET; in demo mode a per-machine secret is created
 * beside the embedded database so that the two-command start needs no set-up.
 */
export function authSecret(): string {
  if (process.env.NEXTAUTH_SECRET) return process.env.NEXTAUTH_SECRET;
  if (!isDemoMode()) throw new Error("NEXTAUTH_SECRET doit être défini hors mode démonstration (par exemple : openssl rand -base64 32).");
  return readAuthSecret();
}

export function emailFrom(): string {
  return process.env.EMAIL_FROM ?? "Atelier EFOP <ne-pas-repondre@atelier-efop.local>";
}

export type ProConnectConfig = { issuer: string; clientId: string; clientSecret: string };

export function proConnectConfig(): ProConnectConfig | null {
  const issuer = process.env.PROCONNECT_ISSUER;
  const clientId = process.env.PROCONNECT_CLIENT_ID;
  const clientSecret = process.env.PROCONNECT_CLIENT_SECRET;
  if (!issuer || !clientId || !clientSecret) return null;
  return { issuer: issuer.replace(/\/$/, ""), clientId, clientSecret };
}
