"use client";
import { useAction } from "next-safe-action/hooks";
import { useState, type FormEvent } from "react";
import { inviteMemberAction } from "@/lib/members/actions.ts";
import { ROLE_LABELS } from "@/lib/auth/actor.ts";
import type { Role } from "@/lib/db/enums.ts";
import { ActionFeedback } from "@/components/ui/action-feedback.tsx";

export function InviteMemberForm({ organisations }: { organisations: { id: string; name: string }[] }) {
  const [email, setEmail] = useState("");
  const [organisationId, setOrganisationId] = useState("");
  const [role, setRole] = useState<Role>("MEMBER");
  const { execute, result, isPending, hasSucceeded } = useAction(inviteMemberAction, {
    onSuccess: () => setEmail(""),
  });

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    execute({ email, organisationId, role });
  }

  return (
    <form onSubmit={onSubmit} noValidate className="grid gap-4 rounded border border-gray-200 bg-white p-6 md:grid-cols-4 md:items-end">
      <div className="md:col-span-2">
        <label htmlFor="invitation-email" className="mb-1 block font-medium">Adresse e-mail</label>
        <input id="invitation-email" type="email" autoComplete="off" value={email} onChange={(e) => setEmail(e.target.value)}
          className="w-full rounded-t border-b-2 border-gray-800 bg-gray-100 px-3 py-2" />
      </div>
      <div>
        <label htmlFor="invitation-organisation" className="mb-1 block font-medium">Organisation</label>
        <select id="invitation-organisation" value={organisationId} onChange={(e) => setOrganisationId(e.target.value)}
          className="w-full rounded-t border-b-2 border-gray-800 bg-gray-100 px-3 py-2">
          <option value="">Choisir…</option>
          {organisations.map((organisation) => <option key={organisation.id} value={organisation.id}>{organisation.name}</option>)}
        </select>
      </div>
      <div>
        <label htmlFor="invitation-role" className="mb-1 block font-medium">Rôle</label>
        <select id="invitation-role" value={role} onChange={(e) => setRole(e.target.value as Role)}
          className="w-full rounded-t border-b-2 border-gray-800 bg-gray-100 px-3 py-2">
          <option value="MEMBER">{ROLE_LABELS.MEMBER}</option>
          <option value="ADMIN">{ROLE_LABELS.ADMIN}</option>
        </select>
      </div>
      <div className="md:col-span-4 flex flex-wrap items-center gap-4">
        <button type="submit" disabled={isPending} className="rounded bg-bleu-france px-4 py-2 font-medium text-white hover:bg-bleu-france-hover disabled:opacity-60">
          {isPending ? "Envoi…" : "Inviter"}
        </button>
        <ActionFeedback result={result} success={hasSucceeded && result.data ? `Invitation envoyée à ${result.data.email}.` : null} />
      </div>
    </form>
  );
}
