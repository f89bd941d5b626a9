import { domainToASCII } from "node:url";

/**
 * The one canonical form of an e-mail address: next-auth's EmailProvider uses it
 * (`normalizeIdentifier`), and so do invitations, the sign-in policy and the
 * sign-in limits, so that every variant of an address counts as that address.
 *
 * - NFKC (full-width letters, compatibility forms), surrounding spaces trimmed;
 * - an address list is cut at its first separator (`a@b.fr,evil@x.fr` is `a@b.fr`):
 *   the e-mail is never sent to a second recipient;
 * - lower case; the domain's trailing dots removed and internationalised domains
 *   in their ASCII (punycode) form;
 * - anything else that is not a plain address (quotes, comments, spaces inside,
 *   several `@`, display names) is refused with InvalidEmailError.
 */
export class InvalidEmailError extends Error {
  constructor() {
    // No address in the message: next-auth logs it.
    super("Adresse e-mail invalide.");
    this.name = "InvalidEmailError";
  }
}

const LOCAL_PART = /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*$/;
const DOMAIN_LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;

export function normaliseEmail(raw: string): string {
  if (typeof raw !== "string") throw new InvalidEmailError();
  const first = raw.normalize("NFKC").trim().split(/[,;]/)[0].trim();
  const at = first.lastIndexOf("@");
  if (at <= 0 || first.indexOf("@") !== at) throw new InvalidEmailError();
  const local = first.slice(0, at).toLowerCase();
  const domain = domainToASCII(first.slice(at + 1).replace(/\.+$/, "")).toLowerCase();
  if (local.length > 64 || !LOCAL_PART.test(local)) throw new InvalidEmailError();
  const labels = domain.split(".");
  if (
    domain.length > 253 ||
    labels.length < 2 ||
    !labels.every((label) => DOMAIN_LABEL.test(label)) ||
    /^\d+$/.test(labels.at(-1) ?? "")
  ) {
    throw new InvalidEmailError();
  }
  return `${local}@${domain}`;
}

/**
 * The mailbox an address delivers to, for the sign-in e-mail budget: sub-addresses
 * (`prenom.nom+n@…`) reach the same inbox at most providers, so they share its budget.
 */
export function mailboxKey(normalisedEmail: string): string {
  const at = normalisedEmail.lastIndexOf("@");
  return `${normalisedEmail.slice(0, at).split("+")[0]}@${normalisedEmail.slice(at + 1)}`;
}
