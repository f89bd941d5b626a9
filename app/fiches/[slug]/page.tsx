import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requirePageActor } from "@/lib/auth/require-page-actor.ts";
import { getSheetWorkspace } from "@/lib/sheets/get-sheet-workspace.ts";
import { STATE_LABELS } from "@/lib/sheets/sheet-permissions.ts";
import { FEEDBACK_SECTIONS } from "@/lib/sheets/send-feedback.ts";
import { FEEDBACK_STATUS_LABELS } from "@/lib/sheets/moderate-feedback.ts";
import { formatDateTime } from "@/lib/format.ts";
import { SheetView } from "@/components/sheets/sheet-view.tsx";
import { SheetWorkflow } from "@/components/sheets/sheet-workflow.tsx";
import { FeedbackModeration } from "@/components/sheets/feedback-moderation.tsx";
import { Markdown } from "@/components/markdown.tsx";
import { Tag } from "@/components/ui/tag.tsx";
import { getCommentThread } from "@/lib/comments/get-comment-thread.ts";
import { CommentThread } from "@/components/comments/comment-thread.tsx";
import { PageBreadcrumb } from "@/components/page-breadcrumb.tsx";

type Props = { params: Promise<{ slug: string }> };
export const metadata: Metadata = { title: "Fiche" };

export default async function SheetWorkspacePage({ params }: Props) {
  const { slug } = await params;
  const actor = await requirePageActor(`/fiches/${slug}`);
  const sheet = await getSheetWorkspace({ actor, slug });
  if (!sheet) notFound();
  const thread = await getCommentThread({ actor, target: { kind: "sheet", id: sheet.id } });
  const sectionLabel = new Map(FEEDBACK_SECTIONS.map((section) => [section.key, section.label]));
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/fiches">← Toutes les fiches</Link>
      </p>
      <div className="mb-2 flex flex-wrap items-center gap-2">
        <Tag tone="bleu">{STATE_LABELS[sheet.state]}</Tag>
        <span className="text-sm">
          Version {sheet.head.number} par {sheet.head.author?.name ?? sheet.head.author?.email ?? "—"}, le{" "}
          {formatDateTime(sheet.head.createdAt)}
          {sheet.head.message ? ` — « ${sheet.head.message} »` : ""}
        </span>
      </div>
      <PageBreadcrumb current={sheet.head.title} />
      <h1 className="mb-3 text-3xl">{sheet.head.title}</h1>
      <p className="mb-4 max-w-3xl text-lg">{sheet.head.summary}</p>
      <nav aria-label="Actions sur la fiche" className="mb-8">
        <ul className="flex flex-wrap gap-4">
          {sheet.can.edit && (
            <li>
              <Link href={`/fiches/${sheet.slug}/modifier`}>Modifier</Link>
            </li>
          )}
          <li>
            <Link href={`/fiches/${sheet.slug}/historique`}>Historique et comparaison</Link>
          </li>
          {sheet.publishedNumber !== null && sheet.state !== "ARCHIVED" && (
            <li>
              <Link href={`/cas-usage/${sheet.slug}`}>Page publique (version {sheet.publishedNumber})</Link>
            </li>
          )}
        </ul>
      </nav>
      <div className="grid gap-8 lg:grid-cols-[2fr_1fr]">
        <div>
          <SheetView content={sheet.head.content} />
        </div>
        <aside className="space-y-6">
          <SheetWorkflow useCaseId={sheet.id} revisionId={sheet.head.id} state={sheet.state} can={sheet.can} />
          <section aria-labelledby="titre-relectures" className="rounded border border-gray-200 bg-white p-4">
            <h2 id="titre-relectures" className="mb-2 text-xl">
              Relectures
            </h2>
            {sheet.reviews.length === 0 ? (
              <p>Aucune relecture.</p>
            ) : (
              <ul className="space-y-3">
                {sheet.reviews.map((review) => (
                  <li key={review.id}>
                    <Tag tone={review.decision === "APPROVE" ? "succes" : "alerte"}>
                      {review.decision === "APPROVE" ? "Approuvé" : "Modifications demandées"}
                    </Tag>{" "}
                    <span className="text-sm">
                      {review.reviewer.name ?? review.reviewer.email}, version {review.revision.number},{" "}
                      {formatDateTime(review.createdAt)}
                    </span>
                    {review.comment && <p className="mt-1 text-sm">{review.comment}</p>}
                  </li>
                ))}
              </ul>
            )}
          </section>
        </aside>
      </div>
      <section id="retours" aria-labelledby="titre-retours" className="mt-12">
        <h2 id="titre-retours" className="mb-4 text-2xl">
          Retours du public ({sheet.feedback.length})
        </h2>
        {sheet.feedback.length === 0 ? (
          <p>Aucun retour.</p>
        ) : (
          <ul className="space-y-4">
            {sheet.feedback.map((feedback) => (
              <li key={feedback.id} className="rounded border border-gray-200 bg-white p-4">
                <p className="mb-2 flex flex-wrap items-center gap-2 text-sm">
                  <Tag
                    tone={
                      feedback.status === "PENDING" ? "alerte" : feedback.status === "APPROVED" ? "succes" : "neutre"
                    }
                  >
                    {FEEDBACK_STATUS_LABELS[feedback.status]}
                  </Tag>
                  {feedback.authorName || "Anonyme"}
                  {feedback.authorEmail ? ` <${feedback.authorEmail}>` : ""} ·{" "}
                  {sectionLabel.get(feedback.section) ?? feedback.section} · {formatDateTime(feedback.createdAt)}
                </p>
                <Markdown source={feedback.message} fromPublic />
                {sheet.can.moderateFeedback && (
                  <FeedbackModeration feedbackId={feedback.id} current={feedback.status} />
                )}
              </li>
            ))}
          </ul>
        )}
      </section>
      {thread && <CommentThread initialThread={thread} signInPath={`/fiches/${sheet.slug}`} />}
    </>
  );
}
