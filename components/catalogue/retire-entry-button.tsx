"use client";
import { useRouter } from "next/navigation";
import { useAction } from "next-safe-action/hooks";
import { retireCatalogueEntryAction } from "@/lib/catalogue/actions.ts";
import type { TCatalogueKind } from "@/lib/catalogue/retire-catalogue-entry.ts";
import { ActionFeedback } from "@/components/ui/action-feedback.tsx";

/** Admins only: retire an entry from the public lists, or bring it back. */
export function RetireEntryButton({ kind, id, retired }: { kind: TCatalogueKind; id: string; retired: boolean }) {
  const router = useRouter();
  const { execute, result, isPending } = useAction(retireCatalogueEntryAction, { onSuccess: () => router.refresh() });
  return (
    <div className="flex flex-wrap items-center gap-3">
      <button type="button" disabled={isPending} onClick={() => execute({ kind, id, retired: !retired })}
        className="rounded border border-bleu-france px-3 py-1.5 text-sm font-medium text-bleu-france hover:bg-gris-fond disabled:opacity-60">
        {retired ? "Rétablir dans le catalogue" : "Retirer du catalogue"}
      </button>
      <ActionFeedback result={result} />
    </div>
  );
}
