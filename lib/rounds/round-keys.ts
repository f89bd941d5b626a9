/** TanStack Query keys of the prioritisation rounds. */
export const roundKeys = {
  all: ["rounds"] as const,
  /** The round as its page shows it (GET /api/rounds/:id); a prefix of the keys below. */
  detail: (roundId: string) => [...roundKeys.all, roundId] as const,
  /** Who voted so far (GET /api/rounds/:id/participation on load): what each `ballot.cast` event carries (ADR 0031). */
  participation: (roundId: string) => [...roundKeys.detail(roundId), "participation"] as const,
};
