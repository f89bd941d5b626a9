"use client";
import { useAction } from "next-safe-action/hooks";
import { useState, type FormEvent } from "react";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { inviteMemberAction } from "@/lib/members/actions.ts";
import { ROLE_LABELS } from "@/lib/auth/actor.ts";
import { ActionFeedback } from "@/components/ui/action-feedback.tsx";
import { FormAlert } from "@/components/forms/form-alert.tsx";
import { SelectField, TextField } from "@/components/forms/form-fields.tsx";
import { fieldErrorsOf } from "@/lib/action-result.ts";
import { enumValues, Role } from "@/lib/db/enums.ts";

export function InviteMemberForm({ organisations }: { organisations: { id: string; name: string }[] }) {
  const [email, setEmail] = useState("");
  const [organisationId, setOrganisationId] = useState("");
  const [role, setRole] = useState<Role>("MEMBER");
  const { execute, result, isPending, hasSucceeded } = useAction(inviteMemberAction, {
    onSuccess: () => setEmail(""),
  });
  const errors = fieldErrorsOf(result);

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    execute({ email, organisationId, role });
  }

  return (
    <form
      onSubmit={onSubmit}
      noValidate
      className="grid gap-4 rounded border border-gray-200 bg-white p-6 md:grid-cols-4 md:items-start"
    >
      <div className="md:col-span-4">
        <FormAlert result={result} />
      </div>
      <div className="md:col-span-2">
        <TextField
          id="invitation-email"
          label="Adresse e-mail"
          type="email"
          autoComplete="off"
          value={email}
          onChange={setEmail}
          errors={errors?.email}
        />
      </div>
      <SelectField
        id="invitation-organisation"
        label="Organisation"
        value={organisationId}
        onChange={setOrganisationId}
        errors={errors?.organisationId}
        options={[
          ["", "Choisir…"],
          ...organisations.map((organisation) => [organisation.id, organisation.name] as [string, string]),
        ]}
      />
      <SelectField
        id="invitation-role"
        label="Rôle"
        value={role}
        onChange={(value) => setRole(value as Role)}
        errors={errors?.role}
        options={enumValues(Role).map((value) => [value, ROLE_LABELS[value]] as [string, string])}
      />
      <div className="md:col-span-4 flex flex-wrap items-center gap-4">
        <Button type="submit" disabled={isPending}>
          {isPending ? "Envoi…" : "Inviter"}
        </Button>
        <ActionFeedback
          result={undefined}
          success={hasSucceeded && result.data ? `Invitation envoyée à ${result.data.email}.` : null}
        />
      </div>
    </form>
  );
}
