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
  updateMember: { allowed: "admin", label: "Changer le rôle ou désactiver un membre", scope: "jamais le dernier administrateur actif" },
  saveOrganisation: { allowed: "admin", label: "Créer ou modifier une organisation", scope: "" },
  markNotificationsRead: { allowed: "member", label: "Marquer ses notifications lues", scope: "ses propres notifications" },
  createSheet: { allowed: "member", label: "Créer une fiche", scope: "" },
  saveSheet: { allowed: "member", label: "Enregistrer une version de fiche", scope: "fiche non archivée ; refus si la version de départ est périmée" },
  getLatestRevision: { allowed: "member", label: "Relire la dernière version (fusion)", scope: "" },
  restoreRevision: { allowed: "member", label: "Restaurer une version", scope: "fiche non archivée" },
  requestReview: { allowed: "member", label: "Demander une relecture", scope: "brouillon uniquement" },
  reviewSheet: { allowed: "member", label: "Approuver ou demander des modifications", scope: "pas sur sa propre demande de relecture" },
  publishSheet: { allowed: "member", label: "Publier une fiche", scope: "administrateur, ou fiche approuvée par deux membres" },
  archiveSheet: { allowed: "admin", label: "Archiver une fiche", scope: "" },
  sendFeedback: { allowed: "public", label: "Envoyer un retour public", scope: "fiche publiée ; 5 par heure et par client (adresse IP, /64 en IPv6) ; piège à robots" },
  moderateFeedback: { allowed: "admin", label: "Modérer un retour", scope: "" },
  prefillPath: { allowed: "public", label: "Pré-remplir un parcours (démonstrateur)", scope: "données fictives uniquement ; 60 par 10 minutes et par client" },
  recordWizardRun: { allowed: "public", label: "Enregistrer le bilan d'une démonstration", scope: "chiffres agrégés, aucune donnée personnelle ; 30 par heure et par client" },
  getWizardStats: { allowed: "member", label: "Lire les statistiques du démonstrateur", scope: "" },
  buildDemarcheRequest: { allowed: "public", label: "Préparer une demande démarches-simplifiées", scope: "envoi seulement si DS_BASE_URL est configuré, 10 envois par heure et par client" },
  saveDemarcheMapping: { allowed: "admin", label: "Configurer la correspondance des champs", scope: "" },
  getBoard: { allowed: "public", label: "Lire le tableau de priorisation", scope: "" },
  moveCard: { allowed: "member", label: "Déplacer une carte", scope: "version de la carte à jour ; limite d'encours de la colonne" },
  createColumn: { allowed: "admin", label: "Ajouter une colonne", scope: "" },
  updateColumn: { allowed: "admin", label: "Renommer, limiter ou déplacer une colonne", scope: "" },
  deleteColumn: { allowed: "admin", label: "Supprimer une colonne", scope: "vide, et jamais « Priorisé »" },
  getRound: { allowed: "public", label: "Lire un scrutin", scope: "le public ne voit que les scrutins clos" },
  createRound: { allowed: "admin", label: "Créer un scrutin", scope: "" },
  castVote: { allowed: "member", label: "Voter", scope: "membre actif ; scrutin ouvert ; budget et maximum par carte" },
  closeRound: { allowed: "admin", label: "Clore un scrutin", scope: "" },
  applyRoundResults: { allowed: "admin", label: "Appliquer les résultats au tableau", scope: "scrutin clos" },
  saveIrritant: { allowed: "member", label: "Signaler ou modifier un irritant", scope: "entrée non retirée ; refus si la version de départ est périmée" },
  saveDataItem: { allowed: "member", label: "Ajouter ou modifier une donnée", scope: "entrée non retirée ; refus si la version de départ est périmée" },
  savePublicApi: { allowed: "member", label: "Ajouter ou modifier une API publique", scope: "entrée non retirée ; refus si la version de départ est périmée" },
  saveFundingScheme: { allowed: "member", label: "Ajouter ou modifier un dispositif de financement", scope: "entrée non retirée ; refus si la version de départ est périmée" },
  mergeIrritants: { allowed: "admin", label: "Fusionner deux irritants signalés en double", scope: "irritant gardé ni retiré ni fusionné ; l'adresse du doublon redirige" },
  addIrritantComment: { allowed: "member", label: "Commenter un irritant (avec @mentions)", scope: "irritant non retiré ; les membres mentionnés sont notifiés" },
  retireCatalogueEntry: { allowed: "admin", label: "Retirer ou rétablir une entrée du catalogue", scope: "jamais de suppression" },
  setApiUsage: { allowed: "member", label: "Renseigner l'usage d'une API publique (qui utilise quoi)", scope: "la ligne de sa propre organisation ; toutes pour un administrateur" },
  previewCatalogueImport: { allowed: "member", label: "Prévisualiser l'import d'un tableur (irritants, données)", scope: "n'écrit rien ; 512 Ko et 100 lignes au plus ; 60 par heure et par membre" },
  importCatalogue: { allowed: "member", label: "Importer un tableur dans le catalogue", scope: "lignes valides et non doublons seulement, en une transaction ; 10 par heure et par membre" },
} as const satisfies Record<string, { allowed: TAllowed; label: string; scope: string }>;

export type TActionName = keyof typeof ACTION_PERMISSIONS;

/** Route handlers that change something, with how they are protected. */
export const MUTATING_ROUTES = [
  { route: "POST /api/auth/signin/email", allowed: "public", scope: "même réponse pour tous : lien aux membres et invités, refus par e-mail aux autres ; 5 e-mails par boîte et par quart d'heure (au-delà, plus aucun envoi), 30 demandes par client (429) ; 16 Ko au plus ; jeton CSRF de next-auth" },
  { route: "POST /api/auth/signout", allowed: "member", scope: "jeton CSRF de next-auth" },
  { route: "POST /api/public/v1/use-cases/{slug}/feedback", allowed: "public", scope: "fiche publiée ; 5 par heure et par client (429 + Retry-After) ; refusé depuis le navigateur d'un autre site ; 16 Ko au plus (413 dès le dépassement)" },
  { route: "POST /api/mock/…", allowed: "public", scope: "API simulées : jeton Bearer (valeurs de démonstration publiées en mode démonstration seulement) et ses scopes (403 sinon), vérifiés avant toute latence simulée ; 64 Ko au plus (413 dès le dépassement) ; aucune donnée de l'atelier modifiée" },
] as const;

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
  const routes = MUTATING_ROUTES.map((entry) => {
    const [anonymous, member, admin] = ROLE_CELLS[entry.allowed];
    return `| \`${entry.route}\` | ${anonymous} | ${member} | ${admin} | ${entry.scope} |`;
  });
  return [
    "| action | public | membre | administrateur | restriction supplémentaire |",
    "|---|---|---|---|---|",
    ...rows,
    ...routes,
  ].join("\n");
}
