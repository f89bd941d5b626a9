"use client";
import { useAction } from "next-safe-action/hooks";
import { useState } from "react";
import { updateMemberAction } from "@/lib/members/actions.ts";
import { ROLE_LABELS, type TRole } from "@/lib/auth/actor.ts";
import { ConfirmAction } from "@/components/forms/confirm-action.tsx";
import { Checkbox } from "@codegouvfr/react-dsfr/Checkbox";
import { ActionFeedback } from "@/components/ui/action-feedback.tsx";

type Member = {
  id: string;
  name: string | null;
  email: string;
  role: TRole;
  deactivatedAt: Date | null;
  organisation: { id: string; name: string } | null;
};

export function MemberRow({
  member,
  organisations,
}: {
  member: Member;
  organisations: { id: string; name: string }[];
}) {
  const [role, setRole] = useState<TRole>(member.role);
  const [organisationId, setOrganisationId] = useState(member.organisation?.id ?? "");
  const [active, setActive] = useState(!member.deactivatedAt);
  const { execute, result, isPending, hasSucceeded } = useAction(updateMemberAction);
  const label = member.name ?? member.email;
  const wasActive = !member.deactivatedAt;
  return (
    <tr className="border-t border-gray-200 align-top">
      <th scope="row" className="py-3 pr-4 text-left font-medium">
        {label}
        <span className="block text-sm font-normal text-gray-700">{member.email}</span>
      </th>
      <td className="py-3 pr-4">
        <select
          aria-label={`Organisation de ${label}`}
          value={organisationId}
          onChange={(e) => setOrganisationId(e.target.value)}
          className="fr-select"
        >
          {!organisationId && <option value="">Aucune</option>}
          {organisations.map((organisation) => (
            <option key={organisation.id} value={organisation.id}>
              {organisation.name}
            </option>
          ))}
        </select>
      </td>
      <td className="py-3 pr-4">
        <select
          aria-label={`Rôle de ${label}`}
          value={role}
          onChange={(e) => setRole(e.target.value as TRole)}
          className="fr-select"
        >
          <option value="MEMBER">{ROLE_LABELS.MEMBER}</option>
          <option value="ADMIN">{ROLE_LABELS.ADMIN}</option>
        </select>
      </td>
      <td className="py-3 pr-4">
        <Checkbox
          small
          options={[
            { label: "Actif", nativeInputProps: { checked: active, onChange: (e) => setActive(e.target.checked) } },
          ]}
        />
      </td>
      <td className="py-3">
        {/* Deactivating signs the member out and closes their access: only that change asks first. */}
        <ConfirmAction
          id={`desactiver-${member.id}`}
          trigger="Enregistrer"
          triggerLabel={`Enregistrer ${label}`}
          triggerSize="small"
          disabled={isPending}
          skipConfirmation={!(wasActive && !active)}
          title={`Désactiver le compte de ${label} ?`}
          confirmLabel="Désactiver le compte"
          onConfirm={() => execute({ userId: member.id, role, organisationId, active })}
        >
          <p>
            {label} ne pourra plus se connecter et ses sessions ouvertes seront fermées. Ses contributions restent. Vous
            pourrez réactiver le compte plus tard.
          </p>
        </ConfirmAction>
        <ActionFeedback result={result} success={hasSucceeded ? "Enregistré." : null} />
      </td>
    </tr>
  );
}
