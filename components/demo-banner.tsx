import { Notice } from "@codegouvfr/react-dsfr/Notice";

/** The DSFR's important-information banner, above the header on every page while the demonstration mode is on. */
export function DemoBanner({ onProductionServer }: { onProductionServer: boolean }) {
  // The DSFR opens a notice's link in a new tab by default: the mailbox is a page of this site.
  const mailbox = {
    linkProps: { href: "/dev/mailbox", target: "_self", rel: undefined },
    text: "Boîte de réception de démonstration",
  } as const;
  if (onProductionServer) {
    return (
      <Notice
        className="demo-banner"
        severity="warning"
        title="Mode démonstration sur un serveur de production"
        description="tout le monde peut lire les e-mails envoyés par l'application et se connecter avec les comptes de démonstration. N'y saisissez aucune donnée réelle."
        link={mailbox}
      />
    );
  }
  return (
    <Notice
      className="demo-banner"
      title="Mode démonstration"
      description="données fictives, aucun e-mail n'est envoyé ; les messages sont dans la boîte de réception de démonstration."
      link={mailbox}
    />
  );
}
