"use client";
import { useRouter } from "next/navigation";
import { useAction } from "next-safe-action/hooks";
import { useState, type FormEvent } from "react";
import { addIrritantCommentAction } from "@/lib/catalogue/actions.ts";
import { TextAreaField } from "./form-fields.tsx";
import { FormStatus } from "./form-status.tsx";

export function CommentForm({ irritantId }: { irritantId: string }) {
  const router = useRouter();
  const [body, setBody] = useState("");
  const { execute, result, isPending } = useAction(addIrritantCommentAction, {
    onSuccess: () => {
      setBody("");
      router.refresh();
    },
  });
  const errors = result.validationErrors?.fieldErrors as Record<string, string[] | undefined> | undefined;
  function onSubmit(event: FormEvent) {
    event.preventDefault();
    execute({ irritantId, body });
  }
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3">
      <TextAreaField id="commentaire" label="Votre commentaire" value={body} onChange={setBody} rows={3} maxLength={5000} errors={errors?.body}
        hint="Markdown accepté. Mentionnez un membre en écrivant @ suivi de son prénom et de son nom (par exemple @Camille Laurent) : il sera prévenu." />
      <div className="flex flex-wrap items-center gap-4">
        <button type="submit" disabled={isPending} className="rounded bg-bleu-france px-4 py-2 font-medium text-white hover:bg-bleu-france-hover disabled:opacity-60">Publier le commentaire</button>
        <FormStatus result={result} />
      </div>
    </form>
  );
}
