"use client";
import { useRouter } from "next/navigation";
import { useAction } from "next-safe-action/hooks";
import { useState, type FormEvent } from "react";
import { mergeIrritantsAction } from "@/lib/catalogue/actions.ts";
import { SelectField } from "./form-fields.tsx";
import { FormStatus } from "./form-status.tsx";
import { fieldErrorsOf } from "@/lib/action-result.ts";

/** Admins only: pick the duplicate to merge into this irritant. */
export function MergeIrritantForm({ kept, candidates }: { kept: { id: string; slug: string; title: string }; candidates: { id: string; title: string }[] }) {
  const router = useRouter();
  const [duplicateId, setDuplicateId] = useState("");
  const { execute, result, isPending } = useAction(mergeIrritantsAction, { onSuccess: () => router.push(`/irritants/${kept.slug}`) });
  const errors = fieldErrorsOf(result);
  function onSubmit(event: FormEvent) {
    event.preventDefault();
    execute({ keptId: kept.id, duplicateId });
  }
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-5 rounded border border-gray-200 bg-white p-6">
      <SelectField id="fusion-doublon" label="Doublon à fusionner dans cet irritant" value={duplicateId} onChange={setDuplicateId} errors={errors?.duplicateId}
        hint="Le doublon est retiré du catalogue et son adresse redirige ici ; ses liens, verbatims, historique et votes des scrutins en cours sont repris."
        options={[["", "— Choisir —"], ...candidates.map((candidate) => [candidate.id, candidate.title] as [string, string])]} />
      <div className="flex flex-wrap items-center gap-4">
        <button type="submit" disabled={isPending} className="rounded bg-bleu-france px-4 py-2 font-medium text-white hover:bg-bleu-france-hover disabled:opacity-60">Fusionner dans « {kept.title} »</button>
        <FormStatus result={result} />
      </div>
    </form>
  );
}
