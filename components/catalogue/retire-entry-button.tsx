"use client";
import { useRouter } from "next/navigation";
import { useAction } from "next-safe-action/hooks";
import { retireCatalogueEntryAction } from "@/lib/catalogue/actions.ts";
import type { TCatalogueKind } from "@/lib/catalogue/retire-catalogue-entry.ts";
import { ConfirmAction } from "@/components/forms/confirm-action.tsx";
import { ActionFeedback } from "@/components/ui/action-feedback.tsx";

/** Admins only: retire an entry from the public lists, or bring it back. */
export function RetireEntryButton({ kind, id, retired }: { kind: TCatalogueKind; id: string; retired: boolean }) {
  const router = useRouter();
  const { execute, result, isPending } = useAction(retireCatalogueEntryAction, { onSuccess: () => router.refresh() });
  return (
    <div className="flex flex-wrap items-center gap-3">
      {/* Bringing an entry back hides nothing: only retiring asks first. */}
      <ConfirmAction
        id={`retirer-${id}`}
        trigger={retired ? "Rétablir dans le catalogue" : "Retirer du catalogue"}
        triggerSize="small"
        disabled={isPending}
        skipConfirmation={retired}
        title="Retirer cette entrée du catalogue ?"
        confirmLabel="Retirer du catalogue"
        onConfirm={() => execute({ kind, id, retired: !retired })}
      >
        <p>
          L'entrée disparaît des listes du catalogue ; sa page, son adresse et son historique restent. Un administrateur
          peut la rétablir.
        </p>
      </ConfirmAction>
      <ActionFeedback result={result} />
    </div>
  );
}
