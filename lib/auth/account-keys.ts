/** TanStack Query keys of the signed-in member's own account. */
export const accountKeys = {
  all: ["account"] as const,
  session: () => [...accountKeys.all, "session"] as const,
};
