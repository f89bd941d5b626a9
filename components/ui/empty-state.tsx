import type { ReactNode } from "react";

/**
 * An empty list, the DSFR way: say why it is empty in one sentence, then offer the action that fills it or widens it.
 */
export function EmptyState({ children, action }: { children: ReactNode; action?: ReactNode }) {
  return (
    <div className="fr-mb-4w rounded border border-dashed border-gray-300 p-6 text-center" data-testid="liste-vide">
      <p className="fr-mb-2w">{children}</p>
      {action ? <p className="fr-mb-0">{action}</p> : null}
    </div>
  );
}
