/**
 * Labels of the ancestors of a page, by path. `null`: the path has no page of its own (`/catalogue`), so the trail
 * skips it. Paths ending in a segment of SUB_PAGE_LABELS need no entry.
 */
const PAGE_LABELS: Record<string, string | null> = {
  "/accessibilite": "Déclaration d'accessibilité",
  "/admin": null,
  "/admin/demarches": "Démarches",
  "/admin/membres": "Membres",
  "/admin/organisations": "Organisations",
  "/admin/tableau": "Tableau de bord",
  "/api-publiques": "API publiques",
  "/ateliers": "Ateliers",
  "/cas-usage": "Cas d'usage",
  "/catalogue": null,
  "/connexion": "Connexion",
  "/demonstrateur": "Démonstrateur",
  "/dev": null,
  "/dispositifs": "Dispositifs",
  "/donnees": "Données",
  "/fiches": "Fiches",
  "/guide": "Guide",
  "/irritants": "Irritants",
  "/notifications": "Notifications",
  "/priorisation": "Priorisation",
  "/priorisation/cartes": null,
  "/priorisation/scrutins": "Scrutins",
};

const SUB_PAGE_LABELS: Record<string, string> = {
  animation: "Animation",
  "compte-rendu": "Compte rendu",
  historique: "Historique",
  modifier: "Modifier",
  projection: "Projection",
};

/** The ancestors of the page at `pathname`, home excluded (the DSFR's Breadcrumb adds it), with their links. */
export function breadcrumbSegments(pathname: string, labels: Record<string, string>) {
  const parts = pathname.split("/").filter(Boolean);
  const segments: { label: string; linkProps: { href: string } }[] = [];
  for (let depth = 1; depth < parts.length; depth++) {
    const href = `/${parts.slice(0, depth).join("/")}`;
    const segment = decodeURIComponent(parts[depth - 1]);
    const label = href in PAGE_LABELS ? PAGE_LABELS[href] : (labels[segment] ?? SUB_PAGE_LABELS[segment] ?? segment);
    if (label !== null) segments.push({ label, linkProps: { href } });
  }
  return segments;
}
