/** The « République française » block of the DSFR's header and footer, and their link to the home page. */
export const BRAND_TOP = (
  <>
    République
    <br />
    Française
  </>
);

export const HOME_LINK = { href: "/", title: "Accueil - Atelier EFOP" };

/** Targets of the skip links: the DSFR's Header names its navigation after its own id; the Footer's default id. */
export const MAIN_NAVIGATION_ID = "fr-header-main-navigation";
export const FOOTER_ID = "fr-footer";
