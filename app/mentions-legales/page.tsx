import type { Metadata } from "next";
import Link from "next/link";
import { getLegalNotice } from "@/lib/site/get-legal-notice.ts";
import { PageBreadcrumb } from "@/components/page-breadcrumb.tsx";

export const metadata: Metadata = {
  title: "Mentions légales",
  description: "Éditeur, hébergement et licences de l'Atelier EFOP.",
};

export default function LegalNoticePage() {
  const notice = getLegalNotice();
  return (
    <article className="max-w-3xl">
      <PageBreadcrumb current="Mentions légales" />
      <h1>Mentions légales</h1>
      <h2 className="fr-h4">Éditeur</h2>
      <p>
        L'Atelier EFOP est l'espace de travail du groupe Data EFOP, animé par la Délégation générale à l'emploi et à la
        formation professionnelle (DGEFP), ministère chargé du travail, avec les Régions, les OPCO, les associations
        Transitions Pro, les Carif-Oref, France Travail et la Caisse des Dépôts.
      </p>
      <h2 className="fr-h4">Contact</h2>
      {notice.contactEmail ? (
        <p>
          Animation du groupe Data EFOP : <a href={`mailto:${notice.contactEmail}`}>{notice.contactEmail}</a>
        </p>
      ) : (
        <p>Écrivez à l'animation du groupe Data EFOP, les administrateurs de l'atelier.</p>
      )}
      <h2 className="fr-h4">Hébergement</h2>
      <p>{notice.host ?? "L'exploitant de cette instance n'a pas encore renseigné son hébergeur."}</p>
      <h2 className="fr-h4">Licences</h2>
      <p>
        Le code de l'application est publié sous licence EUPL-1.2. Les cas d'usage publiés, le guide et les données
        ouvertes du catalogue sont réutilisables sous Licence Ouverte 2.0 (Etalab) :{" "}
        <Link href="/donnees-ouvertes">données ouvertes</Link>.
      </p>
      <p>
        L'interface suit le Système de design de l'État (DSFR) ; la marque de l'État et la police Marianne sont
        réservées aux sites de l'État.
      </p>
      <h2 className="fr-h4">Données personnelles et accessibilité</h2>
      <p>
        Voir <Link href="/donnees-personnelles">Données personnelles</Link> et la{" "}
        <Link href="/accessibilite">déclaration d'accessibilité</Link>.
      </p>
    </article>
  );
}
