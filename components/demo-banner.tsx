import Link from "next/link";

export function DemoBanner({ onProductionServer }: { onProductionServer: boolean }) {
  if (onProductionServer) {
    return (
      <div role="note" className="bg-[#ffe9e6] px-4 py-2 text-center text-sm text-gray-900">
        <strong>Mode démonstration sur un serveur de production</strong> : tout le monde peut lire les e-mails envoyés par
        l'application dans la <Link href="/dev/mailbox">boîte de réception de démonstration</Link> et se connecter avec les
        comptes de démonstration. N'y saisissez aucune donnée réelle.
      </div>
    );
  }
  return (
    <div role="note" className="bg-[#fff4d4] px-4 py-2 text-center text-sm text-gray-900">
      <strong>Mode démonstration</strong> : données fictives, aucun e-mail n'est envoyé ; les messages sont dans la{" "}
      <Link href="/dev/mailbox">boîte de réception de démonstration</Link>.
    </div>
  );
}
