"use client";
import Link from "next/link";
import { useState, type FormEvent } from "react";
import type { TCommentThread, TThreadComment } from "@/lib/comments/comment-thread.ts";
import {
  COMMENT_MAX_LENGTH,
  MODERATION_REASON_MAX_LENGTH,
  type TCommentTarget,
} from "@/lib/comments/comment-target.ts";
import { useCommentThread } from "@/lib/comments/hooks/use-comment-thread.ts";
import { useAddComment } from "@/lib/comments/hooks/use-add-comment.ts";
import { useEditComment } from "@/lib/comments/hooks/use-edit-comment.ts";
import { useDeleteComment } from "@/lib/comments/hooks/use-delete-comment.ts";
import { useModerateComment } from "@/lib/comments/hooks/use-moderate-comment.ts";
import { useLiveEvents } from "@/lib/live/use-live-events.ts";
import { formatDateTime } from "@/lib/format.ts";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { ConfirmAction } from "@/components/forms/confirm-action.tsx";
import { TextAreaField, TextField } from "@/components/forms/form-fields.tsx";

const MENTION_HINT =
  "Markdown accepté. Mentionnez un membre en écrivant @ suivi de son prénom et de son nom (par exemple @Camille Laurent) : il sera prévenu.";

function ErrorMessage({ error }: { error: Error | null }) {
  return error ? (
    <p role="alert" className="fr-message fr-message--error">
      {error.message}
    </p>
  ) : null;
}

/**
 * A comment thread (irritant, data item, board card or sheet): rendered
 * first by the server, then kept current by the live event stream; members
 * comment, edit or delete their own comments, admins moderate.
 */
export function CommentThread({ initialThread, signInPath }: { initialThread: TCommentThread; signInPath: string }) {
  const { data: thread } = useCommentThread(initialThread);
  const liveStatus = useLiveEvents();
  const target = thread.target;
  return (
    <section id="discussion" aria-labelledby="titre-discussion" className="mt-8" data-live-status={liveStatus}>
      <h2 id="titre-discussion" className="mb-2 text-xl">
        Discussion ({thread.comments.length})
      </h2>
      {thread.comments.length === 0 && <p className="mb-3">Aucun commentaire pour l&apos;instant.</p>}
      <ol className="mb-4 space-y-3">
        {thread.comments.map((comment) => (
          <CommentItem key={comment.id} comment={comment} target={target} admin={thread.viewer.admin} />
        ))}
      </ol>
      {!thread.viewer.member ? (
        <p>
          <Link href={`/connexion?callbackUrl=${encodeURIComponent(signInPath)}`}>Connectez-vous</Link> pour participer
          à la discussion.
        </p>
      ) : thread.closedBecause ? (
        <p>{thread.closedBecause}</p>
      ) : (
        <NewCommentForm target={target} />
      )}
    </section>
  );
}

function NewCommentForm({ target }: { target: TCommentTarget }) {
  const [body, setBody] = useState("");
  const add = useAddComment(target);
  function onSubmit(event: FormEvent) {
    event.preventDefault();
    const sent = body;
    setBody("");
    // The text comes back to the field if the server refuses it.
    add.mutate({ body: sent }, { onError: () => setBody(sent) });
  }
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3">
      <TextAreaField
        id="commentaire"
        label="Votre commentaire"
        value={body}
        onChange={setBody}
        rows={3}
        maxLength={COMMENT_MAX_LENGTH}
        hint={MENTION_HINT}
        errors={add.error ? [add.error.message] : undefined}
      />
      <Button type="submit" disabled={add.isPending}>
        Publier le commentaire
      </Button>
    </form>
  );
}

function CommentItem({ comment, target, admin }: { comment: TThreadComment; target: TCommentTarget; admin: boolean }) {
  const [mode, setMode] = useState<"read" | "edit" | "hide">("read");
  // Here rather than in the tools, which leave while the deletion is on its way: a refusal shows its message.
  const remove = useDeleteComment(target);
  const close = () => setMode("read");
  return (
    <li
      id={`commentaire-${comment.id}`}
      data-comment-state={comment.state}
      aria-busy={comment.pending ? true : undefined}
      className="rounded border border-gray-200 bg-white p-3"
    >
      <p className="mb-1 text-sm text-gray-700">
        {comment.authorName}, le <time dateTime={comment.createdAt}>{formatDateTime(new Date(comment.createdAt))}</time>
        {comment.state === "visible" && comment.editedAt && (
          <>
            {" "}
            · <em>modifié</em>
          </>
        )}
        {comment.pending && <> · envoi en cours…</>}
      </p>
      {comment.state === "deleted" && <p className="italic text-gray-700">Commentaire supprimé par son auteur</p>}
      {comment.state === "hidden" && (
        <>
          <p className="italic text-gray-700">Masqué par la modération</p>
          {comment.hiddenReason && <p className="text-sm text-gray-700">Motif : {comment.hiddenReason}</p>}
          {comment.html !== null && (
            <details className="mt-2 text-sm">
              <summary>Texte masqué (visible des administrateurs)</summary>
              <div className="markdown" dangerouslySetInnerHTML={{ __html: comment.html }} />
            </details>
          )}
        </>
      )}
      {comment.state === "visible" &&
        mode !== "edit" &&
        (comment.html !== null ? (
          <div className="markdown" dangerouslySetInnerHTML={{ __html: comment.html }} />
        ) : (
          <p className="whitespace-pre-wrap">{comment.body}</p>
        ))}
      {comment.state !== "deleted" && comment.history.length > 0 && (
        <details className="mt-2 text-sm">
          <summary>Versions précédentes ({comment.history.length})</summary>
          <ol className="mt-2 space-y-2">
            {comment.history.map((version) => (
              <li key={version.replacedAt} className="border-l-4 border-gray-200 pl-3">
                <p className="text-gray-700">
                  Version du <time dateTime={version.writtenAt}>{formatDateTime(new Date(version.writtenAt))}</time>,
                  remplacée le <time dateTime={version.replacedAt}>{formatDateTime(new Date(version.replacedAt))}</time>
                </p>
                <div className="markdown" dangerouslySetInnerHTML={{ __html: version.html }} />
              </li>
            ))}
          </ol>
        </details>
      )}
      {/* Forms stay mounted while their change is on its way: a refusal shows its message in them. */}
      {mode === "edit" && comment.body !== null && (
        <EditForm comment={comment} body={comment.body} target={target} onDone={close} />
      )}
      {mode === "hide" && <HideForm comment={comment} target={target} onDone={close} />}
      {!comment.pending && mode === "read" && (
        <CommentTools
          comment={comment}
          target={target}
          admin={admin}
          onEdit={() => setMode("edit")}
          onHide={() => setMode("hide")}
          onDelete={() => remove.mutate({ commentId: comment.id })}
          deleting={remove.isPending}
        />
      )}
      <ErrorMessage error={remove.error} />
    </li>
  );
}

type TToolsProps = {
  comment: TThreadComment;
  target: TCommentTarget;
  admin: boolean;
  onEdit: () => void;
  onHide: () => void;
  onDelete: () => void;
  deleting: boolean;
};

function CommentTools({ comment, target, admin, onEdit, onHide, onDelete, deleting }: TToolsProps) {
  const moderate = useModerateComment(target);
  const own = comment.mine && comment.state === "visible";
  const canModerate = admin && comment.state !== "deleted";
  if (!own && !canModerate) return null;
  return (
    <div className="mt-2 flex flex-wrap items-center gap-4">
      {own && (
        <Button type="button" priority="tertiary no outline" size="small" onClick={onEdit}>
          Modifier<span className="fr-sr-only"> ce commentaire</span>
        </Button>
      )}
      {own && (
        <ConfirmAction
          id={`supprimer-commentaire-${comment.id}`}
          trigger={
            <>
              Supprimer<span className="fr-sr-only"> ce commentaire</span>
            </>
          }
          triggerPriority="tertiary no outline"
          triggerSize="small"
          disabled={deleting}
          title="Supprimer ce commentaire ?"
          confirmLabel="Confirmer la suppression"
          onConfirm={onDelete}
        >
          <p>
            Le texte disparaît de la discussion, ses versions précédentes aussi ; une mention dit à sa place que son
            auteur l'a supprimé. La suppression ne se défait pas.
          </p>
        </ConfirmAction>
      )}
      {canModerate && comment.state === "visible" && (
        <Button type="button" priority="tertiary no outline" size="small" onClick={onHide}>
          Masquer<span className="fr-sr-only"> ce commentaire</span>
        </Button>
      )}
      {canModerate && comment.state === "hidden" && (
        <Button
          type="button"
          priority="tertiary no outline"
          size="small"
          disabled={moderate.isPending}
          onClick={() => moderate.mutate({ commentId: comment.id, action: "restore" })}
        >
          Rétablir<span className="fr-sr-only"> ce commentaire</span>
        </Button>
      )}
      <ErrorMessage error={moderate.error} />
    </div>
  );
}

function EditForm({
  comment,
  body: initialBody,
  target,
  onDone,
}: {
  comment: TThreadComment;
  body: string;
  target: TCommentTarget;
  onDone: () => void;
}) {
  const [body, setBody] = useState(initialBody);
  const edit = useEditComment(target);
  const id = `modifier-${comment.id}`;
  function onSubmit(event: FormEvent) {
    event.preventDefault();
    edit.mutate({ commentId: comment.id, body }, { onSuccess: onDone });
  }
  return (
    <form onSubmit={onSubmit} noValidate className="mt-2 space-y-3">
      <TextAreaField
        id={id}
        label="Modifier votre commentaire"
        value={body}
        onChange={setBody}
        rows={3}
        maxLength={COMMENT_MAX_LENGTH}
        hint="La version précédente reste consultable."
        errors={edit.error ? [edit.error.message] : undefined}
      />
      <div className="flex flex-wrap gap-4">
        <Button type="submit" disabled={edit.isPending}>
          Enregistrer la modification
        </Button>
        <Button type="button" priority="secondary" onClick={onDone}>
          Annuler
        </Button>
      </div>
    </form>
  );
}

function HideForm({
  comment,
  target,
  onDone,
}: {
  comment: TThreadComment;
  target: TCommentTarget;
  onDone: () => void;
}) {
  const [reason, setReason] = useState("");
  const moderate = useModerateComment(target);
  function onSubmit(event: FormEvent) {
    event.preventDefault();
    moderate.mutate({ commentId: comment.id, action: "hide", reason }, { onSuccess: onDone });
  }
  return (
    <form onSubmit={onSubmit} noValidate className="mt-2 space-y-3">
      <TextField
        id={`motif-${comment.id}`}
        label="Motif de la modération"
        value={reason}
        onChange={setReason}
        maxLength={MODERATION_REASON_MAX_LENGTH}
        hint="Visible de l'auteur et des administrateurs."
        errors={moderate.error ? [moderate.error.message] : undefined}
      />
      <div className="flex flex-wrap gap-4">
        <Button type="submit" disabled={moderate.isPending}>
          Masquer le commentaire
        </Button>
        <Button type="button" priority="secondary" onClick={onDone}>
          Annuler
        </Button>
      </div>
    </form>
  );
}
