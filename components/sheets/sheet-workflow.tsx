"use client";
import { useRouter } from "next/navigation";
import { useAction } from "next-safe-action/hooks";
import { useState } from "react";
import {
  archiveSheetAction,
  publishSheetAction,
  requestReviewAction,
  reviewSheetAction,
} from "@/lib/sheets/actions.ts";
import { APPROVALS_TO_PUBLISH } from "@/lib/sheets/sheet-permissions.ts";
import { UNARCHIVE_NOTICE } from "@/lib/sheets/unarchive-notice.ts";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { ButtonsGroup } from "@codegouvfr/react-dsfr/ButtonsGroup";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { ConfirmAction } from "@/components/forms/confirm-action.tsx";
import { fieldState, invalid } from "@/components/forms/form-fields.tsx";
import { ActionFeedback } from "@/components/ui/action-feedback.tsx";
import { fieldErrorsOf } from "@/lib/action-result.ts";

type Can = {
  requestReview: boolean;
  review: boolean;
  publish: boolean;
  archive: boolean;
  unarchive: boolean;
  approvals: number;
};

export function SheetWorkflow({
  useCaseId,
  revisionId,
  state,
  can,
}: {
  useCaseId: string;
  revisionId: string;
  state: string;
  can: Can;
}) {
  const router = useRouter();
  const [comment, setComment] = useState("");
  const onSuccess = () => {
    setComment("");
    router.refresh();
  };
  const request = useAction(requestReviewAction, { onSuccess });
  const review = useAction(reviewSheetAction, { onSuccess });
  const publish = useAction(publishSheetAction, { onSuccess });
  const archive = useAction(archiveSheetAction, { onSuccess });
  const input = { useCaseId, revisionId };
  const reviewErrors = fieldErrorsOf(review.result);
  const nothing = !can.requestReview && !can.review && !can.publish && !can.archive && !can.unarchive;

  return (
    <section aria-labelledby="titre-workflow" className="space-y-4 rounded border border-gray-200 bg-white p-4">
      <h2 id="titre-workflow" className="text-xl">
        Relecture et publication
      </h2>
      {state === "IN_REVIEW" && (
        <p>
          {can.approvals} approbation{can.approvals > 1 ? "s" : ""} sur la dernière version ; un administrateur, ou{" "}
          {APPROVALS_TO_PUBLISH} membres qui approuvent, publient.
        </p>
      )}
      {nothing && <p>Aucune action ne vous est ouverte sur cette fiche pour l'instant.</p>}
      {can.requestReview && (
        <Button type="button" disabled={request.isPending} onClick={() => request.execute(input)}>
          Demander une relecture
        </Button>
      )}
      {can.review && (
        <div className="space-y-2">
          <Input
            textArea
            label="Commentaire de relecture"
            hintText="Obligatoire pour demander des modifications."
            {...fieldState(reviewErrors?.comment)}
            nativeTextAreaProps={{
              id: "relecture-commentaire",
              rows: 3,
              maxLength: 2000,
              value: comment,
              onChange: (e) => setComment(e.target.value),
              "aria-invalid": invalid(reviewErrors?.comment),
            }}
          />
          <ButtonsGroup
            inlineLayoutWhen="always"
            buttons={[
              {
                children: "Approuver",
                type: "button",
                disabled: review.isPending,
                onClick: () => review.execute({ ...input, decision: "APPROVE", comment: comment || undefined }),
              },
              {
                children: "Demander des modifications",
                priority: "secondary",
                type: "button",
                disabled: review.isPending,
                onClick: () => review.execute({ ...input, decision: "REQUEST_CHANGES", comment }),
              },
            ]}
          />
        </div>
      )}
      {can.publish && (
        <Button type="button" disabled={publish.isPending} onClick={() => publish.execute(input)}>
          Publier
        </Button>
      )}
      {can.archive && (
        <ConfirmAction
          id="archiver-fiche"
          trigger="Archiver"
          disabled={archive.isPending}
          title="Archiver cette fiche ?"
          confirmLabel="Archiver la fiche"
          onConfirm={() => archive.execute({ useCaseId, archived: true })}
        >
          <p>
            La fiche quitte le site public tout de suite, page en cache comprise. Ses versions et ses commentaires sont
            conservés.
          </p>
        </ConfirmAction>
      )}
      {can.unarchive && (
        <ConfirmAction
          id="desarchiver-fiche"
          trigger="Désarchiver…"
          disabled={archive.isPending}
          title="Désarchiver cette fiche ?"
          confirmLabel="Confirmer : remettre en brouillon"
          onConfirm={() => archive.execute({ useCaseId, archived: false })}
        >
          <p>{UNARCHIVE_NOTICE}</p>
        </ConfirmAction>
      )}
      {[request.result, publish.result].map((result, index) => (
        <ActionFeedback key={index} result={result} />
      ))}
      {review.result.serverError && <ActionFeedback result={review.result} />}
      <ActionFeedback result={archive.result} success={archive.result.data?.message} />
    </section>
  );
}
