import type { Prisma } from "@/lib/generated/prisma/client.ts";

/** A public API as its page shows it and as its form edits it: identity, version and every described field. */
export const PUBLIC_API_ENTRY_SELECT = {
  id: true,
  slug: true,
  version: true,
  retiredAt: true,
  name: true,
  provider: true,
  description: true,
  documentationUrl: true,
  hypothetical: true,
  habilitation: true,
  habilitationUrl: true,
  habilitationDetails: true,
  availability: true,
  availabilitySource: true,
  availabilityCheckedOn: true,
} as const satisfies Prisma.PublicApiSelect;
