/** TanStack Query keys of the demonstrator. */
export const wizardKeys = {
  all: ["wizard"] as const,
  stats: () => [...wizardKeys.all, "stats"] as const,
};
