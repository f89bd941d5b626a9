import type { Metadata } from "next";
import { formatRetention, retentionPolicy } from "@/lib/retention/retention-policy.ts";
import { getLegalNotice } from "@/lib/site/get-legal-notice.ts";
import { PageBreadcrumb } from "@/components/page-breadcrumb.tsx";

export const metadata: Metadata = {
  title: "Données personnelles",
  description: "Les données personnelles que l'Atelier EFOP conserve, pourquoi, combien de temps, et à qui s'adresser.",
};

export default function PersonalDataPage() {
  // The same durations as the purge (lib/retention), read from the same configuration.
  const policy = retentionPolicy();
  const { contactEmail } = getLegalNotice();
  const rows = [
    {
      what: "Compte de membre : adresse e-mail, nom, organisation, rôle, choix des notifications par e-mail",
      why: "Adhésion sur invitation, connexion, attribution des contributions et des votes",
      howLong: "Tant que le compte existe ; un compte désactivé reste attaché à ses contributions",
    },
    {
      what: "Invitation : adresse e-mail invitée, organisation, rôle",
      why: "Permettre à la personne invitée de devenir membre",
      howLong: `Jusqu'à son acceptation ; non acceptée, supprimée ${formatRetention(policy.invitationDays)} après son expiration ou sa révocation`,
    },
    {
      what: "Session de connexion (cookie technique)",
      why: "Rester connecté·e",
      howLong: "Supprimée à son expiration (30 jours sans activité au plus) ou à la déconnexion",
    },
    {
      what: "Lien de connexion envoyé par e-mail",
      why: "Se connecter sans mot de passe",
      howLong: "Supprimé à son expiration (15 minutes)",
    },
    {
      what: "Retour public sur une fiche : message, nom facultatif, adresse e-mail facultative",
      why: "Améliorer les fiches ; l'adresse n'est jamais affichée, elle permet de vous répondre et de limiter les envois abusifs",
      howLong: `Le message et le nom restent avec la fiche ; l'adresse e-mail (et son empreinte) est effacée au bout de ${formatRetention(policy.feedbackEmailDays)}`,
    },
    {
      what: "Journal d'audit : qui a fait quelle modification, quand",
      why: "Traçabilité des modifications et sécurité",
      howLong: `L'auteur et les détails sont effacés au bout de ${formatRetention(policy.auditDetailsDays)} ; l'événement (action, objet, date) reste`,
    },
    {
      what: "E-mails du mode démonstration (destinataire, contenu)",
      why: "Montrer les e-mails de l'atelier sans les envoyer",
      howLong: `Supprimés au bout de ${formatRetention(policy.demoMailDays)}`,
    },
    {
      what: "Commentaires des membres (texte, versions précédentes, auteur, date)",
      why: "Discuter des irritants, des données, des cartes du tableau et des fiches",
      howLong:
        "Tant que l'entrée commentée existe ; un commentaire supprimé par son auteur perd son texte et ses versions précédentes à l'instant (seule la mention « supprimé » reste)",
    },
    {
      what: "Notifications dans l'application",
      why: "Vous prévenir d'une relecture, d'un retour, d'un scrutin ou d'une mention dans un commentaire",
      howLong: "Tant que le compte existe",
    },
  ];
  return (
    <article className="max-w-4xl space-y-4">
      <PageBreadcrumb current="Données personnelles" />
      <h1 className="text-3xl">Données personnelles</h1>
      <p>
        L'Atelier EFOP est l'espace de travail du groupe Data EFOP. Il ne conserve que les données nécessaires au
        travail du groupe, et les efface automatiquement au terme des durées ci-dessous (vérification toutes les
        heures). Aucun cookie de mesure d'audience ni de publicité n'est déposé.
      </p>
      <h2 className="text-xl">Ce qui est conservé, pourquoi et combien de temps</h2>
      <div className="overflow-x-auto">
        <table className="w-full border-collapse bg-white text-left text-sm">
          <caption className="sr-only">Données conservées, finalité et durée de conservation</caption>
          <thead>
            <tr className="border-b-2 border-gray-800">
              <th scope="col" className="p-2">
                Donnée
              </th>
              <th scope="col" className="p-2">
                Pourquoi
              </th>
              <th scope="col" className="p-2">
                Durée de conservation
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.what} className="border-b border-gray-200 align-top">
                <th scope="row" className="p-2 font-medium">
                  {row.what}
                </th>
                <td className="p-2">{row.why}</td>
                <td className="p-2">{row.howLong}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p>
        Le démonstrateur de pré-remplissage n'utilise que des personnes et des structures fictives ; il ne conserve que
        des chiffres agrégés. Les journaux techniques du serveur ne contiennent ni adresse e-mail ni nom : seulement des
        identifiants techniques.
      </p>
      <h2 className="text-xl">Vos droits et à qui vous adresser</h2>
      <p>
        Vous pouvez demander l'accès à vos données, leur rectification, leur effacement ou la limitation de leur
        traitement, et vous opposer à celui-ci (articles 15 à 21 du règlement général sur la protection des données).
        Adressez-vous à l'animation du groupe Data EFOP (les administrateurs de l'atelier
        {contactEmail ? (
          <>
            , <a href={`mailto:${contactEmail}`}>{contactEmail}</a>
          </>
        ) : null}
        ), ou au délégué à la protection des données de l'organisme qui héberge l'Atelier EFOP.
      </p>
      <p>
        Si vous estimez, après nous avoir contactés, que vos droits ne sont pas respectés, vous pouvez adresser une
        réclamation à la Commission nationale de l'informatique et des libertés (CNIL).
      </p>
    </article>
  );
}
