import { Footer } from "@codegouvfr/react-dsfr/Footer";
import { headerFooterDisplayItem } from "@codegouvfr/react-dsfr/Display";
import { BRAND_TOP, FOOTER_ID, HOME_LINK } from "./site-brand.tsx";

export function SiteFooter() {
  return (
    <Footer
      id={FOOTER_ID}
      brandTop={BRAND_TOP}
      homeLinkProps={HOME_LINK}
      accessibility="partially compliant"
      accessibilityLinkProps={{ href: "/accessibilite" }}
      termsLinkProps={{ href: "/mentions-legales" }}
      websiteMapLinkProps={{ href: "/plan-du-site" }}
      contentDescription="Atelier EFOP : l'espace de travail du groupe Data EFOP (Emploi, Formation, Orientation professionnelle) pour ne demander qu'une fois ce que les administrations savent déjà."
      bottomItems={[
        { text: "Données personnelles", linkProps: { href: "/donnees-personnelles" } },
        { text: "Données ouvertes", linkProps: { href: "/donnees-ouvertes" } },
        { text: "État du service", linkProps: { href: "/api/health" } },
        headerFooterDisplayItem,
      ]}
      license={
        <>
          Sauf mention contraire, le code source de l&apos;Atelier EFOP est publié sous la licence{" "}
          <a
            href="https://interoperable-europe.ec.europa.eu/collection/eupl/eupl-text-eupl-12"
            target="_blank"
            rel="noopener noreferrer"
            title="Licence EUPL 1.2 - nouvelle fenêtre"
          >
            EUPL 1.2
          </a>
          .
        </>
      }
    />
  );
}
