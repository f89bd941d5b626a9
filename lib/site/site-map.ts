/** Who may open a page: everyone, signed-in members, or the group's facilitators (administrators). */
export type TAudience = "public" | "member" | "admin";
export type TSitePage = { href: string; label: string; audience: TAudience };
export type TSiteSection = { title: string; pages: TSitePage[] };

/**
 * Every page a person can reach from a link, grouped as the navigation groups them. The site map page shows it;
 * a test checks it against the pages of app/ in both directions, so a new page cannot be left out.
 */
export const SITE_MAP: TSiteSection[] = [
  {
    title: "Accueil et cas d'usage",
    pages: [
      { href: "/", label: "Accueil", audience: "public" },
      { href: "/cas-usage", label: "Cas d'usage publiés", audience: "public" },
      { href: "/fiches", label: "Fiches en cours de rédaction", audience: "member" },
    ],
  },
  {
    title: "Catalogue",
    pages: [
      { href: "/irritants", label: "Irritants", audience: "public" },
      { href: "/irritants/nouveau", label: "Signaler un irritant", audience: "member" },
      { href: "/donnees", label: "Données", audience: "public" },
      { href: "/donnees/nouveau", label: "Ajouter une donnée", audience: "member" },
      { href: "/dispositifs", label: "Dispositifs de financement", audience: "public" },
      { href: "/dispositifs/nouveau", label: "Ajouter un dispositif", audience: "member" },
      { href: "/api-publiques", label: "API publiques", audience: "public" },
      { href: "/api-publiques/nouveau", label: "Ajouter une API publique", audience: "member" },
      { href: "/api-publiques/usages", label: "Qui utilise quelle API", audience: "member" },
      { href: "/catalogue/importer", label: "Importer un tableur", audience: "member" },
    ],
  },
  {
    title: "Guide et données ouvertes",
    pages: [
      { href: "/guide", label: "Guide des bonnes pratiques et des bonnes données", audience: "public" },
      { href: "/guide/imprimer", label: "Guide, version imprimable", audience: "public" },
      { href: "/donnees-ouvertes", label: "Données ouvertes", audience: "public" },
    ],
  },
  {
    title: "Priorisation et ateliers",
    pages: [
      { href: "/priorisation", label: "Tableau de priorisation", audience: "public" },
      { href: "/priorisation/scrutins", label: "Scrutins", audience: "public" },
      { href: "/priorisation/scrutins/nouveau", label: "Créer un scrutin", audience: "admin" },
      { href: "/priorisation/matrice", label: "Matrice impact / faisabilité", audience: "public" },
      { href: "/ateliers", label: "Ateliers", audience: "member" },
    ],
  },
  {
    title: "Démonstrateur",
    pages: [{ href: "/demonstrateur", label: "Démonstrateur de pré-remplissage", audience: "public" }],
  },
  {
    title: "Mon compte",
    pages: [
      { href: "/connexion", label: "Se connecter", audience: "public" },
      { href: "/notifications", label: "Notifications et préférences d'e-mail", audience: "member" },
    ],
  },
  {
    title: "Administration",
    pages: [
      { href: "/admin", label: "Administration", audience: "admin" },
      { href: "/admin/membres", label: "Membres, invitations et rôles", audience: "admin" },
      { href: "/admin/organisations", label: "Organisations", audience: "admin" },
      { href: "/admin/tableau", label: "Colonnes du tableau", audience: "admin" },
      { href: "/admin/demarches", label: "Démarches-simplifiées", audience: "admin" },
      { href: "/admin/journal", label: "Journal d'audit", audience: "admin" },
    ],
  },
  {
    title: "Informations",
    pages: [
      { href: "/plan-du-site", label: "Plan du site", audience: "public" },
      { href: "/mentions-legales", label: "Mentions légales", audience: "public" },
      { href: "/donnees-personnelles", label: "Données personnelles", audience: "public" },
      { href: "/accessibilite", label: "Accessibilité : partiellement conforme", audience: "public" },
    ],
  },
];

/** Pages reached only as a step of something else, never from a link: left out of the site map on purpose. */
export const NOT_IN_SITE_MAP = ["/connexion/erreur", "/connexion/verification", "/dev/erreur", "/dev/mailbox"];
