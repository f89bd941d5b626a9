"use client";
import { useAction } from "next-safe-action/hooks";
import { useState, type FormEvent } from "react";
import { sendFeedbackAction } from "@/lib/sheets/actions.ts";
import { ActionFeedback } from "@/components/ui/action-feedback.tsx";

const fieldClass = "w-full rounded-t border-b-2 border-gray-800 bg-gray-100 px-3 py-2";

export function FeedbackForm({ slug, sections }: { slug: string; sections: { key: string; label: string }[] }) {
  const [section, setSection] = useState("general");
  const [message, setMessage] = useState("");
  const [authorName, setAuthorName] = useState("");
  const [authorEmail, setAuthorEmail] = useState("");
  const [website, setWebsite] = useState("");
  const { execute, result, isPending, hasSucceeded } = useAction(sendFeedbackAction, {
    onSuccess: () => { setMessage(""); },
  });

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    execute({ slug, section, message, authorName: authorName || undefined, authorEmail, website: website || undefined });
  }

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4 rounded border border-gray-200 bg-white p-6">
      <div>
        <label htmlFor="retour-section" className="mb-1 block font-medium">Partie concernée</label>
        <select id="retour-section" value={section} onChange={(e) => setSection(e.target.value)} className={fieldClass}>
          {sections.map((option) => <option key={option.key} value={option.key}>{option.label}</option>)}
        </select>
      </div>
      <div>
        <label htmlFor="retour-message" className="mb-1 block font-medium">
          Votre retour <span className="block text-sm font-normal text-gray-700">10 à 5 000 caractères. Publié après modération.</span>
        </label>
        <textarea id="retour-message" value={message} onChange={(e) => setMessage(e.target.value)} rows={6} maxLength={5000} className={fieldClass} />
      </div>
      <div className="grid gap-4 md:grid-cols-2">
        <div>
          <label htmlFor="retour-nom" className="mb-1 block font-medium">Nom (facultatif, affiché)</label>
          <input id="retour-nom" value={authorName} onChange={(e) => setAuthorName(e.target.value)} maxLength={100} autoComplete="name" className={fieldClass} />
        </div>
        <div>
          <label htmlFor="retour-email" className="mb-1 block font-medium">E-mail (facultatif, jamais affiché)</label>
          <input id="retour-email" type="email" value={authorEmail} onChange={(e) => setAuthorEmail(e.target.value)} autoComplete="email" className={fieldClass} />
        </div>
      </div>
      <div aria-hidden="true" className="absolute left-[-10000px] h-px w-px overflow-hidden">
        <label htmlFor="retour-site">Ne pas remplir</label>
        <input id="retour-site" tabIndex={-1} autoComplete="off" value={website} onChange={(e) => setWebsite(e.target.value)} />
      </div>
      <div className="flex flex-wrap items-center gap-4">
        <button type="submit" disabled={isPending} className="rounded bg-bleu-france px-4 py-2 font-medium text-white hover:bg-bleu-france-hover disabled:opacity-60">
          {isPending ? "Envoi…" : "Envoyer mon retour"}
        </button>
        <ActionFeedback result={result} success={hasSucceeded ? "Merci ! Votre retour sera publié après modération." : null} />
      </div>
    </form>
  );
}
