/**
 * next-safe-action's flattened errors keep only the top-level key, so the
 * messages of a list's rows (requirements.3.label) would all land on the list.
 * This keeps the full path as the key, so each row's field shows its own message.
 */
type TNested = { _errors?: string[] } & { [key: string]: unknown };

export function flattenWithPaths(errors: TNested): { formErrors: string[]; fieldErrors: Record<string, string[]> } {
  const fieldErrors: Record<string, string[]> = {};
  const walk = (node: TNested, path: string[]) => {
    for (const [key, value] of Object.entries(node)) {
      if (key === "_errors") continue;
      const child = value as TNested;
      const childPath = [...path, key];
      if (child._errors?.length) fieldErrors[childPath.join(".")] = child._errors;
      walk(child, childPath);
    }
  };
  walk(errors, []);
  return { formErrors: errors._errors ?? [], fieldErrors };
}
