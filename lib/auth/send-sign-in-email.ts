import { sendMail } from "@/lib/mail/send-mail.ts";
import { magicLinkMail, signInRefusalMail } from "@/lib/mail/magic-link-mail.ts";
import { hitRateLimit } from "@/lib/security/hit-rate-limit.ts";
import { RATE_LIMITS } from "@/lib/security/rate-limits.ts";
import { mailboxKey } from "./normalise-email.ts";
import { decideSignIn } from "./sign-in-policy.ts";

export type TSignInEmailOutcome = "link" | "refusal" | "over-budget";

/**
 * next-auth's `sendVerificationRequest`: every request for a link gets the same
 * answer, whoever the address belongs to; what differs is the e-mail.
 * - a member or an invited person receives the link;
 * - anyone else receives a short refusal (no account, how to be invited);
 * - past the mailbox's budget, nothing is sent at all: the links already sent
 *   stay valid (next-auth keeps every token until used or expired), so nobody
 *   can lock a member out or flood an inbox by asking again and again.
 * `identifier` is already normalised by the provider's `normalizeIdentifier`.
 */
export async function sendSignInEmail({
  identifier,
  url,
}: {
  identifier: string;
  url: string;
}): Promise<TSignInEmailOutcome> {
  const budget = await hitRateLimit(RATE_LIMITS.signInMailbox(), mailboxKey(identifier));
  if (!budget.allowed) return "over-budget";
  const decision = await decideSignIn(identifier);
  const host = new URL(url).host;
  if (decision === "member" || decision === "invited") {
    await sendMail(magicLinkMail({ to: identifier, url, host }));
    return "link";
  }
  await sendMail(signInRefusalMail({ to: identifier, reason: decision, host }));
  return "refusal";
}

/**
 * Whether a link's token is worth storing: only those who may receive the link (the others' addresses are kept
 * nowhere).
 */
export async function mayReceiveSignInLink(identifier: string): Promise<boolean> {
  const decision = await decideSignIn(identifier);
  return decision === "member" || decision === "invited";
}
