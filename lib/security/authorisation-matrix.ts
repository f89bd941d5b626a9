/**
 * Who may run each server action: the single source of truth. The action
 * client enforces the `allowed` level (lib/action-client.ts), the
 * authorisation e2e test calls every action of the build as anonymous,
 * member and admin against it, and the README's table is generated from it
 * (`npm run docs:security`). Finer rules (author only, two approvals…) live in
 * the domain queries and are listed in `scope`.
 */
export type TAllowed = "public" | "member" | "admin";

export const ACTION_PERMISSIONS = {
  signOut: { allowed: "member", label: "Se déconnecter", scope: "sa propre session" },
  inviteMember: { allowed: "admin", label: "Inviter un membre", scope: "" },
  revokeInvitation: { allowed: "admin", label: "Révoquer une invitation", scope: "" },
  updateMember: {
    allowed: "admin",
    label: "Changer le rôle ou désactiver un membre",
    scope: "jamais le dernier administrateur actif",
  },
  saveOrganisation: { allowed: "admin", label: "Créer ou modifier une organisation", scope: "" },
  markNotificationsRead: {
    allowed: "member",
    label: "Marquer ses notifications lues",
    scope: "ses propres notifications",
  },
  updateEmailPreference: {
    allowed: "member",
    label: "Choisir ses notifications par e-mail",
    scope: "son propre compte",
  },
  createSheet: { allowed: "member", label: "Créer une fiche", scope: "" },
  saveSheet: {
    allowed: "member",
    label: "Enregistrer une version de fiche",
    scope: "fiche non archivée ; refus si la version de départ est périmée",
  },
  restoreRevision: { allowed: "member", label: "Restaurer une version", scope: "fiche non archivée" },
  requestReview: { allowed: "member", label: "Demander une relecture", scope: "brouillon uniquement" },
  reviewSheet: {
    allowed: "member",
    label: "Approuver ou demander des modifications",
    scope: "pas sur sa propre demande de relecture",
  },
  publishSheet: {
    allowed: "member",
    label: "Publier une fiche",
    scope: "administrateur, ou fiche approuvée par deux membres",
  },
  archiveSheet: { allowed: "admin", label: "Archiver une fiche", scope: "" },
  sendFeedback: {
    allowed: "public",
    label: "Envoyer un retour public",
    scope: "fiche publiée ; 5 par heure et par client (adresse IP, /64 en IPv6) ; piège à robots",
  },
  moderateFeedback: { allowed: "admin", label: "Modérer un retour", scope: "" },
  signInSimulated: {
    allowed: "public",
    label: "S'identifier avec FranceConnect ou ProConnect simulés (démonstrateur)",
    scope: "personas fictives uniquement ; 60 par 10 minutes et par client",
  },
  prefillPath: {
    allowed: "public",
    label: "Pré-remplir un parcours (démonstrateur)",
    scope: "données fictives uniquement ; 60 par 10 minutes et par client",
  },
  recordWizardRun: {
    allowed: "public",
    label: "Enregistrer le bilan d'une démonstration",
    scope: "chiffres agrégés, aucune donnée personnelle ; 30 par heure et par client",
  },
  buildDemarcheRequest: {
    allowed: "public",
    label: "Préparer une demande démarches-simplifiées",
    scope: "envoi seulement si DS_BASE_URL est configuré, 10 envois par heure et par client",
  },
  saveDemarcheMapping: { allowed: "admin", label: "Configurer la correspondance des champs", scope: "" },
  moveCard: {
    allowed: "member",
    label: "Déplacer une carte",
    scope: "version de la carte à jour ; limite d'encours de la colonne",
  },
  createColumn: { allowed: "admin", label: "Ajouter une colonne", scope: "" },
  updateColumn: { allowed: "admin", label: "Renommer, limiter ou déplacer une colonne", scope: "" },
  deleteColumn: { allowed: "admin", label: "Supprimer une colonne", scope: "vide, et jamais « Priorisé »" },
  createRound: { allowed: "admin", label: "Créer un scrutin", scope: "" },
  castVote: { allowed: "member", label: "Voter", scope: "membre actif ; scrutin ouvert ; budget et maximum par carte" },
  closeRound: { allowed: "admin", label: "Clore un scrutin", scope: "" },
  applyRoundResults: { allowed: "admin", label: "Appliquer les résultats au tableau", scope: "scrutin clos" },
  saveIrritant: {
    allowed: "member",
    label: "Signaler ou modifier un irritant",
    scope: "entrée non retirée ; refus si la version de départ est périmée",
  },
  saveDataItem: {
    allowed: "member",
    label: "Ajouter ou modifier une donnée",
    scope: "entrée non retirée ; refus si la version de départ est périmée",
  },
  savePublicApi: {
    allowed: "member",
    label: "Ajouter ou modifier une API publique",
    scope: "entrée non retirée ; refus si la version de départ est périmée",
  },
  saveFundingScheme: {
    allowed: "member",
    label: "Ajouter ou modifier un dispositif de financement",
    scope: "entrée non retirée ; refus si la version de départ est périmée",
  },
  mergeIrritants: {
    allowed: "admin",
    label: "Fusionner deux irritants signalés en double",
    scope: "irritant gardé ni retiré ni fusionné ; l'adresse du doublon redirige",
  },
  addComment: {
    allowed: "member",
    label: "Commenter un irritant, une donnée, une carte ou une fiche (avec @mentions)",
    scope:
      "entrée non retirée, fiche non archivée ; 20 commentaires par 10 minutes et par membre ; les membres mentionnés sont notifiés",
  },
  editComment: {
    allowed: "member",
    label: "Modifier son commentaire",
    scope: "son propre commentaire, ni supprimé ni masqué ; versions précédentes conservées",
  },
  deleteComment: {
    allowed: "member",
    label: "Supprimer son commentaire",
    scope: "son propre commentaire ; une mention « supprimé par son auteur » reste",
  },
  moderateComment: {
    allowed: "admin",
    label: "Masquer ou rétablir un commentaire (modération)",
    scope: "motif obligatoire pour masquer",
  },
  retireCatalogueEntry: {
    allowed: "admin",
    label: "Retirer ou rétablir une entrée du catalogue",
    scope: "jamais de suppression",
  },
  createWorkshop: { allowed: "admin", label: "Préparer un atelier (ordre du jour, durées)", scope: "" },
  openWorkshop: { allowed: "admin", label: "Ouvrir un atelier", scope: "atelier en préparation" },
  goToWorkshopStep: {
    allowed: "admin",
    label: "Passer à l'étape suivante ou précédente d'un atelier",
    scope: "atelier en cours ; étape vue à jour",
  },
  toggleWorkshopTimer: {
    allowed: "admin",
    label: "Démarrer ou mettre en pause le minuteur d'une étape",
    scope: "atelier en cours",
  },
  joinWorkshop: { allowed: "member", label: "Rejoindre un atelier", scope: "atelier en cours" },
  postWorkshopNote: {
    allowed: "member",
    label: "Poster une note en atelier",
    scope: "atelier en cours ; 280 caractères ; 20 par minute et par membre ; un renvoi avec la même clé ne crée rien",
  },
  groupWorkshopNote: { allowed: "admin", label: "Regrouper des notes en double", scope: "atelier en cours" },
  convertWorkshopNote: {
    allowed: "admin",
    label: "Faire d'une note un irritant du catalogue",
    scope: "atelier en cours ; une seule fois par note",
  },
  openWorkshopVote: {
    allowed: "admin",
    label: "Ouvrir le vote d'un atelier",
    scope: "atelier en cours ; un vote par atelier ; résultats masqués jusqu'au dévoilement",
  },
  revealWorkshopResults: {
    allowed: "admin",
    label: "Dévoiler les résultats du vote d'un atelier",
    scope: "atelier en cours ; clôt le vote",
  },
  recordWorkshopItem: {
    allowed: "admin",
    label: "Noter une décision ou une action d'atelier",
    scope: "atelier en cours ; une action a un responsable et une échéance",
  },
  closeWorkshop: { allowed: "admin", label: "Clore un atelier et envoyer le compte rendu", scope: "atelier en cours" },
  setApiUsage: {
    allowed: "member",
    label: "Renseigner l'usage d'une API publique (qui utilise quoi)",
    scope: "la ligne de sa propre organisation ; toutes pour un administrateur",
  },
  previewCatalogueImport: {
    allowed: "member",
    label: "Prévisualiser l'import d'un tableur (irritants, données)",
    scope: "n'écrit rien ; 512 Ko et 100 lignes au plus ; 60 par heure et par membre",
  },
  importCatalogue: {
    allowed: "member",
    label: "Importer un tableur dans le catalogue",
    scope: "lignes valides et non doublons seulement, en une transaction ; 10 par heure et par membre",
  },
} as const satisfies Record<string, { allowed: TAllowed; label: string; scope: string }>;

export type TActionName = keyof typeof ACTION_PERMISSIONS;

/** The actions the matrix puts at one level: the only names that level's action client accepts. */
export type TActionNameAt<L extends TAllowed> = {
  [K in TActionName]: (typeof ACTION_PERMISSIONS)[K]["allowed"] extends L ? K : never;
}[TActionName];

export function actionNamesAt<L extends TAllowed>(level: L): [TActionNameAt<L>, ...TActionNameAt<L>[]] {
  const names = (Object.keys(ACTION_PERMISSIONS) as TActionName[]).filter(
    (name): name is TActionNameAt<L> => ACTION_PERMISSIONS[name].allowed === level,
  );
  const [first, ...rest] = names;
  if (first === undefined) throw new Error(`Aucune action au niveau « ${level} » dans la matrice d'autorisation.`);
  return [first, ...rest];
}

/** Route handlers that change something, with how they are protected. */
export const MUTATING_ROUTES = [
  {
    route: "POST /api/auth/signin/email",
    allowed: "public",
    scope:
      "même réponse pour tous : lien aux membres et invités, refus par e-mail aux autres ; 5 e-mails par boîte et par quart d'heure (au-delà, plus aucun envoi), 30 demandes par client (429) ; 16 Ko au plus ; jeton CSRF de next-auth",
  },
  { route: "POST /api/auth/signout", allowed: "member", scope: "jeton CSRF de next-auth" },
  {
    route: "POST /api/public/v1/use-cases/{slug}/feedback",
    allowed: "public",
    scope:
      "fiche publiée ; 5 par heure et par client (429 + Retry-After) ; refusé depuis le navigateur d'un autre site ; 16 Ko au plus (413 dès le dépassement)",
  },
  {
    route: "POST /api/mock/…",
    allowed: "public",
    scope:
      "API simulées : jeton Bearer (valeurs de démonstration publiées en mode démonstration seulement) et ses scopes (403 sinon), vérifiés avant toute latence simulée ; 64 Ko au plus (413 dès le dépassement) ; aucune donnée de l'atelier modifiée",
  },
] as const;

/**
 * Reads refetched by open pages: GET route handlers, not server actions (ADR 0027).
 * Answers are `Cache-Control: private, no-store`; anonymous callers are rate-limited.
 */
export const READ_ROUTES = [
  { route: "GET /api/board", allowed: "public", scope: "600 lectures par minute et par client anonyme" },
  {
    route: "GET /api/rounds/{id}",
    allowed: "public",
    scope: "le public ne voit que les scrutins clos ; 600 lectures par minute et par client anonyme",
  },
  {
    route: "GET /api/rounds/{id}/participation",
    allowed: "public",
    scope: "le public ne voit que les scrutins clos ; deux comptages, aucun résultat",
  },
  { route: "GET /api/wizard/stats", allowed: "member", scope: "" },
] as const satisfies { route: string; allowed: TAllowed; scope: string }[];

const ROLE_CELLS: Record<TAllowed, [string, string, string]> = {
  public: ["oui", "oui", "oui"],
  member: ["non", "oui", "oui"],
  admin: ["non", "non", "oui"],
};

/** The README's authorisation table, generated from the matrix. */
export function authorisationMarkdown(): string {
  const rows = Object.entries(ACTION_PERMISSIONS).map(([name, rule]) => {
    const [anonymous, member, admin] = ROLE_CELLS[rule.allowed];
    return `| ${rule.label} (\`${name}\`) | ${anonymous} | ${member} | ${admin} | ${rule.scope || "—"} |`;
  });
  const routes = [...MUTATING_ROUTES, ...READ_ROUTES].map((entry) => {
    const [anonymous, member, admin] = ROLE_CELLS[entry.allowed];
    return `| \`${entry.route}\` | ${anonymous} | ${member} | ${admin} | ${entry.scope || "—"} |`;
  });
  return [
    "| action | public | membre | administrateur | restriction supplémentaire |",
    "|---|---|---|---|---|",
    ...rows,
    ...routes,
  ].join("\n");
}
