import Link from "next/link";

export function SiteFooter() {
  return (
    <footer className="mt-16 border-t-2 border-bleu-france bg-white">
      <div className="mx-auto flex max-w-6xl flex-wrap justify-between gap-4 px-4 py-8 text-sm">
        <p className="max-w-xl">
          Atelier EFOP : l'espace de travail du groupe Data EFOP (Emploi, Formation, Orientation professionnelle) pour ne
          demander qu'une fois ce que les administrations savent déjà.
        </p>
        <ul className="flex flex-wrap gap-4">
          <li><Link href="/accessibilite">Accessibilité : partiellement conforme</Link></li>
          <li><Link href="/donnees-personnelles">Données personnelles</Link></li>
          <li><Link href="/donnees-ouvertes">Données ouvertes</Link></li>
          <li><Link href="/api/health">État du service</Link></li>
        </ul>
      </div>
    </footer>
  );
}
