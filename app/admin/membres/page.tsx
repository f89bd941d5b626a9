import type { Metadata } from "next";
import { requirePageActor } from "@/lib/auth/require-page-actor.ts";
import { listMembers } from "@/lib/members/list-members.ts";
import { ROLE_LABELS } from "@/lib/auth/actor.ts";
import { formatDate } from "@/lib/format.ts";
import { AdminNav, AdminOnly } from "@/components/admin/admin-nav.tsx";
import { InviteMemberForm } from "@/components/admin/invite-member-form.tsx";
import { MemberRow } from "@/components/admin/member-row.tsx";
import { RevokeInvitationButton } from "@/components/admin/revoke-invitation-button.tsx";
import { PageBreadcrumb } from "@/components/page-breadcrumb.tsx";
import { DataTable } from "@/components/ui/data-table.tsx";

export const metadata: Metadata = { title: "Membres et invitations" };

export default async function MembersAdminPage() {
  const actor = await requirePageActor("/admin/membres");
  if (actor.role !== "ADMIN") return <AdminOnly />;
  const { members, invitations, organisations } = await listMembers({ actor });
  return (
    <>
      <PageBreadcrumb current="Administration : membres" />
      <h1 className="mb-4 text-3xl">Administration</h1>
      <AdminNav current="/admin/membres" />
      <section aria-labelledby="titre-inviter" className="mb-10">
        <h2 id="titre-inviter" className="mb-2 text-2xl">
          Inviter une personne
        </h2>
        <p className="mb-4 max-w-3xl">
          L'adhésion se fait sur invitation : seule une adresse invitée peut devenir membre, par lien e-mail ou par
          ProConnect. L'invitation est valable 14 jours.
        </p>
        <InviteMemberForm organisations={organisations} />
      </section>
      <section aria-labelledby="titre-invitations" className="mb-10">
        <h2 id="titre-invitations" className="mb-4 text-2xl">
          Invitations en attente ({invitations.length})
        </h2>
        {invitations.length === 0 ? (
          <p>Aucune invitation en attente.</p>
        ) : (
          <ul className="space-y-2">
            {invitations.map((invitation) => (
              <li
                key={invitation.id}
                className="flex flex-wrap items-center gap-4 rounded border border-gray-200 bg-white p-3"
              >
                <span className="flex-1">
                  <strong>{invitation.email}</strong> · {invitation.organisation.name} · {ROLE_LABELS[invitation.role]}
                  <span className="block text-sm text-gray-700">
                    Invitée le {formatDate(invitation.createdAt)} par{" "}
                    {invitation.invitedBy?.name ?? invitation.invitedBy?.email ?? "—"}, expire le{" "}
                    {formatDate(invitation.expiresAt)}
                  </span>
                </span>
                <RevokeInvitationButton invitationId={invitation.id} email={invitation.email} />
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="titre-membres">
        <h2 id="titre-membres" className="mb-2 text-2xl">
          Membres ({members.length})
        </h2>
        <p className="mb-4 max-w-3xl text-sm">
          Rôles : <strong>{ROLE_LABELS.ADMIN}</strong> : invite, gère les membres, les organisations, le tableau et les
          votes, publie les fiches. <strong>{ROLE_LABELS.MEMBER}</strong> : rédige, relit, vote. Le public non connecté
          lit les fiches publiées et envoie des retours. Un membre désactivé est déconnecté partout.
        </p>
        <DataTable caption="Membres de l'atelier, avec leur organisation, leur rôle et leur accès" hiddenCaption>
          <thead>
            <tr className="text-left">
              <th scope="col" className="pb-2">
                Membre
              </th>
              <th scope="col" className="pb-2">
                Organisation
              </th>
              <th scope="col" className="pb-2">
                Rôle
              </th>
              <th scope="col" className="pb-2">
                Accès
              </th>
              <th scope="col" className="pb-2">
                <span className="sr-only">Action</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {members.map((member) => (
              <MemberRow key={member.id} member={member} organisations={organisations} />
            ))}
          </tbody>
        </DataTable>
      </section>
    </>
  );
}
