"use client";
import { useRouter } from "next/navigation";
import { useAction } from "next-safe-action/hooks";
import { useState } from "react";
import { archiveSheetAction, publishSheetAction, requestReviewAction, reviewSheetAction } from "@/lib/sheets/actions.ts";
import { APPROVALS_TO_PUBLISH } from "@/lib/sheets/sheet-permissions.ts";
import { UNARCHIVE_NOTICE } from "@/lib/sheets/unarchive-notice.ts";
import { ActionFeedback } from "@/components/ui/action-feedback.tsx";

type Can = { requestReview: boolean; review: boolean; publish: boolean; archive: boolean; unarchive: boolean; approvals: number };

const primary = "rounded bg-bleu-france px-4 py-2 font-medium text-white hover:bg-bleu-france-hover disabled:opacity-60";
const secondary = "rounded border border-bleu-france px-4 py-2 font-medium text-bleu-france hover:bg-bleu-clair disabled:opacity-60";

export function SheetWorkflow({ useCaseId, revisionId, state, can }: { useCaseId: string; revisionId: string; state: string; can: Can }) {
  const router = useRouter();
  const [comment, setComment] = useState("");
  const [confirmingUnarchive, setConfirmingUnarchive] = useState(false);
  const onSuccess = () => { setComment(""); router.refresh(); };
  const request = useAction(requestReviewAction, { onSuccess });
  const review = useAction(reviewSheetAction, { onSuccess });
  const publish = useAction(publishSheetAction, { onSuccess });
  const archive = useAction(archiveSheetAction, { onSuccess });
  const input = { useCaseId, revisionId };
  const nothing = !can.requestReview && !can.review && !can.publish && !can.archive && !can.unarchive;

  return (
    <section aria-labelledby="titre-workflow" className="space-y-4 rounded border border-gray-200 bg-white p-4">
      <h2 id="titre-workflow" className="text-xl">Relecture et publication</h2>
      {state === "IN_REVIEW" && (
        <p>{can.approvals} approbation{can.approvals > 1 ? "s" : ""} sur la dernière version ; un administrateur, ou {APPROVALS_TO_PUBLISH} membres qui approuvent, publient.</p>
      )}
      {nothing && <p>Aucune action ne vous est ouverte sur cette fiche pour l'instant.</p>}
      {can.requestReview && (
        <button type="button" className={primary} disabled={request.isPending} onClick={() => request.execute(input)}>Demander une relecture</button>
      )}
      {can.review && (
        <div className="space-y-2">
          <label htmlFor="relecture-commentaire" className="block font-medium">Commentaire de relecture <span className="block text-sm font-normal text-gray-700">Obligatoire pour demander des modifications.</span></label>
          <textarea id="relecture-commentaire" rows={3} maxLength={2000} value={comment} onChange={(e) => setComment(e.target.value)} className="w-full rounded-t border-b-2 border-gray-800 bg-gray-100 px-3 py-2" />
          <div className="flex flex-wrap gap-3">
            <button type="button" className={primary} disabled={review.isPending} onClick={() => review.execute({ ...input, decision: "APPROVE", comment: comment || undefined })}>Approuver</button>
            <button type="button" className={secondary} disabled={review.isPending} onClick={() => review.execute({ ...input, decision: "REQUEST_CHANGES", comment })}>Demander des modifications</button>
          </div>
        </div>
      )}
      {can.publish && <button type="button" className={primary} disabled={publish.isPending} onClick={() => publish.execute(input)}>Publier</button>}
      {can.archive && <button type="button" className={secondary} disabled={archive.isPending} onClick={() => archive.execute({ useCaseId, archived: true })}>Archiver</button>}
      {can.unarchive && !confirmingUnarchive && <button type="button" className={secondary} onClick={() => setConfirmingUnarchive(true)}>Désarchiver…</button>}
      {can.unarchive && confirmingUnarchive && (
        <div className="space-y-2 rounded border border-gray-300 p-3">
          <p>{UNARCHIVE_NOTICE}</p>
          <div className="flex flex-wrap gap-3">
            <button type="button" className={primary} disabled={archive.isPending} onClick={() => archive.execute({ useCaseId, archived: false })}>Confirmer : remettre en brouillon</button>
            <button type="button" className={secondary} onClick={() => setConfirmingUnarchive(false)}>Annuler</button>
          </div>
        </div>
      )}
      {[request.result, review.result, publish.result].map((result, index) => <ActionFeedback key={index} result={result} />)}
      <ActionFeedback result={archive.result} success={archive.result.data?.message} />
    </section>
  );
}
