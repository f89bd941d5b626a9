import { contactEmail, legalHost } from "@/lib/config/app-config.ts";

/** What the legal notice, the accessibility statement and the personal data page publish about this instance. */
export function getLegalNotice(): { contactEmail: string | null; host: string | null } {
  return { contactEmail: contactEmail(), host: legalHost() };
}
