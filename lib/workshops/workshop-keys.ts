/** TanStack Query keys of live workshops. */
export const workshopKeys = {
  all: ["workshop"] as const,
  one: (workshopId: string) => [...workshopKeys.all, workshopId] as const,
};
