import Link from "next/link";

export function DemoBanner() {
  return (
    <div role="note" className="bg-[#fff4d4] px-4 py-2 text-center text-sm text-gray-900">
      <strong>Mode démonstration</strong> : données fictives, aucun e-mail n'est envoyé ; les messages sont dans la{" "}
      <Link href="/dev/mailbox">boîte de réception de démonstration</Link>.
    </div>
  );
}
