import Link from "next/link";

const LINKS = [
  { href: "/admin/membres", label: "Membres, invitations et rôles" },
  { href: "/admin/organisations", label: "Organisations" },
  { href: "/admin/tableau", label: "Colonnes du tableau" },
  { href: "/admin/demarches", label: "Démarches-simplifiées" },
  { href: "/admin/journal", label: "Journal d'audit" },
];

export function AdminNav({ current }: { current: string }) {
  return (
    <nav aria-label="Administration" className="mb-8">
      <ul className="flex flex-wrap gap-2 border-b border-gray-200">
        {LINKS.map((link) => (
          <li key={link.href}>
            <Link
              href={link.href}
              aria-current={link.href === current ? "page" : undefined}
              className={`inline-block px-4 py-2 no-underline ${link.href === current ? "border-b-4 border-bleu-france font-semibold text-bleu-france" : "text-gray-900"}`}
            >
              {link.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

export function AdminOnly() {
  return (
    <div className="max-w-2xl space-y-4">
      <h1 className="text-3xl">Accès réservé</h1>
      <p role="alert">Cette page est réservée à l'animation du groupe (administrateurs).</p>
    </div>
  );
}
