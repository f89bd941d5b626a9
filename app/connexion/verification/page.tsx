import type { Metadata } from "next";
import Link from "next/link";
import { isDemoMode } from "@/lib/config/env.ts";
import { PageBreadcrumb } from "@/components/page-breadcrumb.tsx";

export const metadata: Metadata = { title: "Vérifiez votre messagerie" };

export default function VerifyRequestPage() {
  return (
    <div className="max-w-2xl space-y-4">
      <PageBreadcrumb current="Vérifiez votre messagerie" />
      <h1 className="text-3xl">Vérifiez votre messagerie</h1>
      <p>
        Un e-mail vient d'être envoyé à l'adresse saisie. Si elle est celle d'un membre ou d'une personne invitée, il
        contient un lien de connexion, valable 15 minutes et qui ne sert qu'une fois ; sinon, il explique comment
        demander une invitation.
      </p>
      <p>Rien reçu après quelques minutes ? Vérifiez vos indésirables ; les liens déjà reçus restent valables.</p>
      {isDemoMode() && (
        <p>
          Mode démonstration : ouvrez la <Link href="/dev/mailbox">boîte de réception de démonstration</Link>.
        </p>
      )}
    </div>
  );
}
