/** TanStack Query keys of the board (the rounds' are in lib/rounds/round-keys.ts). */
export const boardKeys = {
  all: ["board"] as const,
  columns: () => [...boardKeys.all, "columns"] as const,
};
