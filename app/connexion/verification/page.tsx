import type { Metadata } from "next";
import Link from "next/link";
import { isDemoMode } from "@/lib/config/env.ts";

export const metadata: Metadata = { title: "Vérifiez votre messagerie" };

export default function VerifyRequestPage() {
  return (
    <div className="max-w-2xl space-y-4">
      <h1 className="text-3xl">Vérifiez votre messagerie</h1>
      <p>Un lien de connexion vient de vous être envoyé. Il est valable 15 minutes et ne sert qu'une fois.</p>
      {isDemoMode() && (
        <p>
          Mode démonstration : ouvrez la <Link href="/dev/mailbox">boîte de réception de démonstration</Link>.
        </p>
      )}
    </div>
  );
}
