"use client";
import { useRouter } from "next/navigation";
import { useAction } from "next-safe-action/hooks";
import { useState, type FormEvent } from "react";
import { mergeIrritantsAction } from "@/lib/catalogue/actions.ts";
import { SelectField } from "@/components/forms/form-fields.tsx";
import { ConfirmAction } from "@/components/forms/confirm-action.tsx";
import { FormAlert } from "@/components/forms/form-alert.tsx";
import { fieldErrorsOf } from "@/lib/action-result.ts";

/** Admins only: pick the duplicate to merge into this irritant. */
export function MergeIrritantForm({
  kept,
  candidates,
}: {
  kept: { id: string; slug: string; title: string };
  candidates: { id: string; title: string }[];
}) {
  const router = useRouter();
  const [duplicateId, setDuplicateId] = useState("");
  const { execute, result, isPending } = useAction(mergeIrritantsAction, {
    onSuccess: () => router.push(`/irritants/${kept.slug}`),
  });
  const errors = fieldErrorsOf(result);
  const duplicate = candidates.find((candidate) => candidate.id === duplicateId);
  function onSubmit(event: FormEvent) {
    event.preventDefault();
    // With a duplicate chosen, only the dialog's confirmation merges.
    if (!duplicate) execute({ keptId: kept.id, duplicateId });
  }
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-5 rounded border border-gray-200 bg-white p-6">
      <FormAlert result={result} />
      <SelectField
        id="fusion-doublon"
        label="Doublon à fusionner dans cet irritant"
        value={duplicateId}
        onChange={setDuplicateId}
        errors={errors?.duplicateId}
        hint="Le doublon est retiré du catalogue et son adresse redirige ici ; ses liens, verbatims, historique et votes des scrutins en cours sont repris."
        options={[
          ["", "— Choisir —"],
          ...candidates.map((candidate) => [candidate.id, candidate.title] as [string, string]),
        ]}
      />
      <div className="flex flex-wrap items-center gap-4">
        {/* Without a duplicate chosen, the server says which field to fill; with one, the merge asks first. */}
        <ConfirmAction
          id="fusion"
          trigger={`Fusionner dans « ${kept.title} »`}
          triggerPriority="primary"
          disabled={isPending}
          skipConfirmation={!duplicate}
          title={`Fusionner « ${duplicate?.title ?? ""} » dans « ${kept.title} » ?`}
          confirmLabel="Fusionner"
          onConfirm={() => execute({ keptId: kept.id, duplicateId })}
        >
          <p>
            Le doublon sera retiré du catalogue et son adresse redirigera ici ; ses liens, verbatims, historique et
            votes des scrutins en cours seront repris. La fusion ne se défait pas.
          </p>
        </ConfirmAction>
      </div>
    </form>
  );
}
