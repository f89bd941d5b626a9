"use client";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useAction } from "next-safe-action/hooks";
import { ActionFeedback } from "@/components/ui/action-feedback.tsx";
import { createWorkshopAction } from "@/lib/workshops/actions.ts";
import { DEFAULT_STEP_MINUTES, STEP_KINDS, STEP_LABELS, type TStepKind } from "@/lib/workshops/workshop-steps.ts";

const field = "rounded border border-gray-800 p-2";

/** Admins prepare a session: title, date and the duration of each step of the agenda. */
export function CreateWorkshopForm({ defaultDate }: { defaultDate: string }) {
  const router = useRouter();
  const create = useAction(createWorkshopAction, { onSuccess: ({ data }) => data && router.push(`/ateliers/${data.id}/animation`) });
  const [title, setTitle] = useState("");
  const [scheduledAt, setScheduledAt] = useState(defaultDate);
  const [steps, setSteps] = useState(STEP_KINDS.map((kind) => ({ kind, included: true, minutes: String(DEFAULT_STEP_MINUTES[kind]) })));
  const update = (kind: TStepKind, change: Partial<(typeof steps)[number]>) => setSteps(steps.map((step) => (step.kind === kind ? { ...step, ...change } : step)));
  return (
    <form className="space-y-4 rounded border border-gray-200 bg-white p-4" onSubmit={(event) => {
      event.preventDefault();
      create.execute({ title, scheduledAt: new Date(scheduledAt), agenda: steps.filter((step) => step.included).map((step) => ({ kind: step.kind, minutes: Number(step.minutes) })) });
    }}>
      <h2 className="text-2xl">Préparer un atelier</h2>
      <label className="block">
        <span className="block font-medium">Titre</span>
        <input className={`${field} w-full`} value={title} onChange={(event) => setTitle(event.target.value)} maxLength={120} />
      </label>
      <label className="block">
        <span className="block font-medium">Date et heure</span>
        <input type="datetime-local" className={field} value={scheduledAt} onChange={(event) => setScheduledAt(event.target.value)} />
      </label>
      <fieldset className="space-y-2">
        <legend className="font-medium">Ordre du jour (durée du minuteur de chaque étape)</legend>
        {steps.map((step) => (
          <div key={step.kind} className="flex flex-wrap items-center gap-3">
            <label><input type="checkbox" checked={step.included} onChange={(event) => update(step.kind, { included: event.target.checked })} /> {STEP_LABELS[step.kind]}</label>
            <label>
              <span className="sr-only">Durée de l&apos;étape {STEP_LABELS[step.kind]} en minutes</span>
              <input type="number" min={1} max={240} className={`${field} w-24`} value={step.minutes} disabled={!step.included} onChange={(event) => update(step.kind, { minutes: event.target.value })} />
            </label>
            <span aria-hidden="true">min</span>
          </div>
        ))}
      </fieldset>
      <button type="submit" disabled={create.isPending} className="rounded bg-bleu-france px-4 py-2 font-medium text-white hover:bg-bleu-france-hover disabled:opacity-60">Créer l&apos;atelier</button>
      <ActionFeedback result={create.result} />
    </form>
  );
}
