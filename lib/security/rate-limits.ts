/**
 * Every rate limit of the app, in one place (numbers quoted in the README's « Sécurité » section).
 * Fixed windows: simple, one row per rule and subject, and a Retry-After that is exact.
 */
import { env } from "@/lib/config/env.ts";

export type TRateLimitRule = { name: string; limit: number; windowSeconds: number };

export function signInRateLimit(): number {
  return env().SIGN_IN_RATE_LIMIT;
}

export const RATE_LIMITS = {
  /** Public feedback (form and API), per client address. */
  feedback: { name: "feedback", limit: 5, windowSeconds: 3_600 },
  /** Sign-in e-mails per mailbox: beyond it no e-mail is sent, the answer stays the same. */
  signInMailbox: () => ({ name: "sign-in-mailbox", limit: signInRateLimit(), windowSeconds: 900 }),
  /** Sign-in requests per client address: beyond it, 429 with Retry-After. */
  signInClient: () => ({ name: "sign-in-client", limit: signInRateLimit() * 6, windowSeconds: 900 }),
  /** Demo runs recorded for the statistics, per client address. */
  wizardRun: { name: "wizard-run", limit: 30, windowSeconds: 3_600 },
  /** Pre-fill of a demo path (several API calls each), per client address. */
  prefillPath: { name: "prefill-path", limit: 60, windowSeconds: 600 },
  /** Simulated FranceConnect / ProConnect sign-ins of the demonstrator, per client address. */
  simulatedSignIn: { name: "simulated-sign-in", limit: 60, windowSeconds: 600 },
  /** Requests actually sent to démarches-simplifiées (DS_BASE_URL configured), per client address. */
  demarcheSend: { name: "demarche-send", limit: 10, windowSeconds: 3_600 },
  /**
   * Anonymous reads of the live pages' GET routes (board, closed rounds), per client address; members are not counted.
   */
  publicRead: { name: "public-read", limit: 600, windowSeconds: 60 },
  /** Comments posted per member (every thread together): a discussion, not a flood. */
  comment: { name: "comment", limit: 20, windowSeconds: 600 },
  /** Notes posted in a live workshop, per member (a retried post with the same key is not counted again). */
  workshopNote: { name: "workshop-note", limit: 20, windowSeconds: 60 },
  /** Spreadsheet previews (parsing up to 512 KB each), per member. */
  catalogueImportPreview: { name: "catalogue-import-preview", limit: 60, windowSeconds: 3_600 },
  /** Confirmed spreadsheet imports (up to 100 entries in one transaction), per member. */
  catalogueImport: { name: "catalogue-import", limit: 10, windowSeconds: 3_600 },
} as const;
