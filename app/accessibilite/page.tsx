import type { Metadata } from "next";
import { getLegalNotice } from "@/lib/site/get-legal-notice.ts";
import { PageBreadcrumb } from "@/components/page-breadcrumb.tsx";

export const metadata: Metadata = {
  title: "Déclaration d'accessibilité",
  description: "Déclaration d'accessibilité RGAA de l'Atelier EFOP.",
};

export default function AccessibilityPage() {
  const { contactEmail } = getLegalNotice();
  return (
    <article className="max-w-3xl space-y-4">
      <PageBreadcrumb current="Déclaration d'accessibilité" />
      <h1 className="text-3xl">Déclaration d'accessibilité</h1>
      <p>
        Le groupe Data EFOP s'engage à rendre l'Atelier EFOP accessible, conformément à l'article 47 de la loi n°
        2005-102 du 11 février 2005. Cette déclaration s'applique à l'ensemble de l'application.
      </p>
      <h2 className="text-xl">État de conformité</h2>
      <p>
        L'Atelier EFOP est <strong>partiellement conforme</strong> avec le référentiel général d'amélioration de
        l'accessibilité (RGAA 4.1) : aucun audit manuel complet n'a encore été conduit.
      </p>
      <h2 className="text-xl">Résultats des tests</h2>
      <p>
        Chaque page parcourue par la suite de tests de bout en bout est contrôlée automatiquement avec axe-core (règles
        WCAG 2.1 niveaux A et AA) : le contrôle échoue à la moindre violation, et la suite passe sans violation. Un
        contrôle automatique ne couvre qu&apos;une partie des critères du RGAA.
      </p>
      <p>
        Mesure du 22 novembre 2026 avec Lighthouse (préréglage bureau) sur les pages publiques — accueil, catalogue et
        fiche publiée, irritants, données, tableau de priorisation, scrutins, matrice, démonstrateur et cette page :
        score d&apos;accessibilité de <strong>100 / 100</strong> sur chacune (<code>npm run bench</code> refait la
        mesure).
      </p>
      <p>Parcours vérifiés au clavier seul par des tests automatisés :</p>
      <ul className="list-disc pl-6">
        <li>connexion par lien de connexion ;</li>
        <li>rédaction d&apos;une fiche (éditeur, aperçu, enregistrement) ;</li>
        <li>déplacement d&apos;une carte du tableau, avec annonces en français pour les lecteurs d&apos;écran ;</li>
        <li>vote dans un scrutin de priorisation ;</li>
        <li>démonstrateur de pré-remplissage (parcours organisme de formation).</li>
      </ul>
      <h2 className="text-xl">Technologies utilisées</h2>
      <p>HTML5, CSS, JavaScript (React). L'application reste lisible sans feuille de style et s'imprime proprement.</p>
      <h2 className="text-xl">Retour d'information et contact</h2>
      <p>
        Si vous n'arrivez pas à accéder à un contenu ou à un service, écrivez à l'animation du groupe Data EFOP pour
        être orienté vers une alternative accessible
        {contactEmail ? (
          <>
            {" "}
            : <a href={`mailto:${contactEmail}`}>{contactEmail}</a>.
          </>
        ) : (
          " (les administrateurs de l'atelier)."
        )}
      </p>
      <h2 className="text-xl">Voies de recours</h2>
      <p>
        Si vous constatez un défaut d'accessibilité vous empêchant d'accéder à un contenu et que vous n'obtenez pas de
        réponse satisfaisante, vous pouvez saisir le Défenseur des droits (formulaire en ligne, délégué territorial ou
        courrier gratuit : Défenseur des droits, Libre réponse 71120, 75342 Paris CEDEX 07).
      </p>
    </article>
  );
}
