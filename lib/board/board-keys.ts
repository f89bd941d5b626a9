/** TanStack Query keys of the board and the prioritisation rounds. */
export const boardKeys = {
  all: ["board"] as const,
  columns: () => [...boardKeys.all, "columns"] as const,
  round: (roundId: string) => [...boardKeys.all, "round", roundId] as const,
};
