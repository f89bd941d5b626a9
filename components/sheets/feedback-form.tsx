"use client";
import { useAction } from "next-safe-action/hooks";
import { useState, type FormEvent } from "react";
import { sendFeedbackAction } from "@/lib/sheets/actions.ts";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { FormAlert } from "@/components/forms/form-alert.tsx";
import { SelectField, TextAreaField, TextField } from "@/components/forms/form-fields.tsx";
import { ActionFeedback } from "@/components/ui/action-feedback.tsx";
import { fieldErrorsOf } from "@/lib/action-result.ts";

export function FeedbackForm({ slug, sections }: { slug: string; sections: { key: string; label: string }[] }) {
  const [section, setSection] = useState("general");
  const [message, setMessage] = useState("");
  const [authorName, setAuthorName] = useState("");
  const [authorEmail, setAuthorEmail] = useState("");
  const [website, setWebsite] = useState("");
  const { execute, result, isPending, hasSucceeded } = useAction(sendFeedbackAction, {
    onSuccess: () => {
      setMessage("");
    },
  });
  const errors = fieldErrorsOf(result);

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    execute({
      slug,
      section,
      message,
      authorName: authorName || undefined,
      authorEmail,
      website: website || undefined,
    });
  }

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4 rounded border border-gray-200 bg-white p-6">
      <FormAlert result={result} />
      <SelectField
        id="retour-section"
        label="Partie concernée"
        value={section}
        onChange={setSection}
        errors={errors?.section}
        options={sections.map((option) => [option.key, option.label])}
      />
      <TextAreaField
        id="retour-message"
        label="Votre retour"
        hint="10 à 5 000 caractères. Publié après modération."
        value={message}
        onChange={setMessage}
        rows={6}
        maxLength={5000}
        errors={errors?.message}
      />
      <div className="grid gap-4 md:grid-cols-2">
        <TextField
          id="retour-nom"
          label="Nom (facultatif, affiché)"
          value={authorName}
          onChange={setAuthorName}
          maxLength={100}
          autoComplete="name"
          errors={errors?.authorName}
        />
        <TextField
          id="retour-email"
          label="E-mail (facultatif, jamais affiché)"
          type="email"
          value={authorEmail}
          onChange={setAuthorEmail}
          autoComplete="email"
          errors={errors?.authorEmail}
        />
      </div>
      <div aria-hidden="true" className="absolute left-[-10000px] h-px w-px overflow-hidden">
        <label htmlFor="retour-site">Ne pas remplir</label>
        <input
          id="retour-site"
          tabIndex={-1}
          autoComplete="off"
          value={website}
          onChange={(e) => setWebsite(e.target.value)}
        />
      </div>
      <div className="flex flex-wrap items-center gap-4">
        <Button type="submit" disabled={isPending}>
          {isPending ? "Envoi…" : "Envoyer mon retour"}
        </Button>
        <ActionFeedback
          result={undefined}
          success={hasSucceeded ? "Merci ! Votre retour sera publié après modération." : null}
        />
      </div>
    </form>
  );
}
