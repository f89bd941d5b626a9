import type { Metadata } from "next";
import Link from "next/link";
import { fr } from "@codegouvfr/react-dsfr";
import { ErrorPage } from "@/components/error-page.tsx";

export const metadata: Metadata = { title: "Page introuvable" };

export default function NotFound() {
  return (
    <ErrorPage
      title="Page introuvable"
      code="Erreur 404"
      lead="La page demandée n'existe pas ou n'est pas accessible. Excusez-nous pour la gêne occasionnée."
      actions={
        <li>
          <Link className={fr.cx("fr-btn")} href="/">
            Page d&apos;accueil
          </Link>
        </li>
      }
    >
      <p>
        Si vous avez tapé l&apos;adresse web dans le navigateur, vérifiez qu&apos;elle est correcte. La page n&apos;est
        peut-être plus disponible, ou elle est réservée aux membres connectés.
      </p>
    </ErrorPage>
  );
}
