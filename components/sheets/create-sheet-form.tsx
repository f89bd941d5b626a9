"use client";
import { useRouter } from "next/navigation";
import { useAction } from "next-safe-action/hooks";
import { useState, type FormEvent } from "react";
import { createSheetAction } from "@/lib/sheets/actions.ts";
import { ActionFeedback } from "@/components/ui/action-feedback.tsx";

export function CreateSheetForm() {
  const router = useRouter();
  const [title, setTitle] = useState("");
  const [summary, setSummary] = useState("");
  const { execute, result, isPending } = useAction(createSheetAction, {
    onSuccess: ({ data }) => data && router.push(`/fiches/${data.slug}/modifier`),
  });
  function onSubmit(event: FormEvent) {
    event.preventDefault();
    execute({ title, summary });
  }
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3 rounded border border-gray-200 bg-white p-6">
      <div>
        <label htmlFor="nouvelle-fiche-titre" className="mb-1 block font-medium">Titre</label>
        <input id="nouvelle-fiche-titre" value={title} onChange={(e) => setTitle(e.target.value)} maxLength={200} className="w-full rounded-t border-b-2 border-gray-800 bg-gray-100 px-3 py-2" />
      </div>
      <div>
        <label htmlFor="nouvelle-fiche-resume" className="mb-1 block font-medium">Description courte</label>
        <textarea id="nouvelle-fiche-resume" value={summary} onChange={(e) => setSummary(e.target.value)} rows={2} maxLength={600} className="w-full rounded-t border-b-2 border-gray-800 bg-gray-100 px-3 py-2" />
      </div>
      <div className="flex flex-wrap items-center gap-4">
        <button type="submit" disabled={isPending} className="rounded bg-bleu-france px-4 py-2 font-medium text-white hover:bg-bleu-france-hover disabled:opacity-60">Créer la fiche</button>
        <ActionFeedback result={result} />
      </div>
    </form>
  );
}
