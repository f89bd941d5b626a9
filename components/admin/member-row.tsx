"use client";
import { useAction } from "next-safe-action/hooks";
import { useState } from "react";
import { updateMemberAction } from "@/lib/members/actions.ts";
import { ROLE_LABELS, type TRole } from "@/lib/auth/actor.ts";
import { ActionFeedback } from "@/components/ui/action-feedback.tsx";

type Member = { id: string; name: string | null; email: string; role: TRole; deactivatedAt: Date | null; organisation: { id: string; name: string } | null };

export function MemberRow({ member, organisations }: { member: Member; organisations: { id: string; name: string }[] }) {
  const [role, setRole] = useState<TRole>(member.role);
  const [organisationId, setOrganisationId] = useState(member.organisation?.id ?? "");
  const [active, setActive] = useState(!member.deactivatedAt);
  const { execute, result, isPending, hasSucceeded } = useAction(updateMemberAction);
  const label = member.name ?? member.email;
  return (
    <tr className="border-t border-gray-200 align-top">
      <th scope="row" className="py-3 pr-4 text-left font-medium">
        {label}
        <span className="block text-sm font-normal text-gray-700">{member.email}</span>
      </th>
      <td className="py-3 pr-4">
        <select aria-label={`Organisation de ${label}`} value={organisationId} onChange={(e) => setOrganisationId(e.target.value)}
          className="w-full rounded-t border-b-2 border-gray-800 bg-gray-100 px-2 py-1">
          {!organisationId && <option value="">Aucune</option>}
          {organisations.map((organisation) => <option key={organisation.id} value={organisation.id}>{organisation.name}</option>)}
        </select>
      </td>
      <td className="py-3 pr-4">
        <select aria-label={`Rôle de ${label}`} value={role} onChange={(e) => setRole(e.target.value as TRole)}
          className="rounded-t border-b-2 border-gray-800 bg-gray-100 px-2 py-1">
          <option value="MEMBER">{ROLE_LABELS.MEMBER}</option>
          <option value="ADMIN">{ROLE_LABELS.ADMIN}</option>
        </select>
      </td>
      <td className="py-3 pr-4">
        <label className="inline-flex items-center gap-2">
          <input type="checkbox" checked={active} onChange={(e) => setActive(e.target.checked)} />
          Actif
        </label>
      </td>
      <td className="py-3">
        <button type="button" disabled={isPending} onClick={() => execute({ userId: member.id, role, organisationId, active })}
          aria-label={`Enregistrer ${label}`}
          className="rounded border border-bleu-france px-3 py-1 text-sm font-medium text-bleu-france hover:bg-bleu-clair disabled:opacity-60">
          Enregistrer
        </button>
        <ActionFeedback result={result} success={hasSucceeded ? "Enregistré." : null} />
      </td>
    </tr>
  );
}
