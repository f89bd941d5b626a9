import type { HeaderProps } from "@codegouvfr/react-dsfr/Header";
import { fr } from "@codegouvfr/react-dsfr";
import type { TActor } from "@/lib/auth/actor.ts";
import { SignOutButton } from "./sign-out-button.tsx";

type TQuickAccessItem = HeaderProps["quickAccessItems"] extends (infer Item)[] | undefined ? Item : never;

/** The header's quick access to the account: the member's name and pages, or the sign-in link. */
export function accountQuickAccessItems({
  actor,
  unreadNotifications,
}: {
  actor: TActor | null;
  unreadNotifications: number;
}): TQuickAccessItem[] {
  if (!actor)
    return [{ iconId: "fr-icon-account-circle-line", linkProps: { href: "/connexion" }, text: "Se connecter" }];
  return [
    <p
      key="member"
      className={fr.cx("fr-btn", "fr-btn--tertiary-no-outline", "fr-icon-account-circle-line", "fr-mb-0")}
    >
      Connecté·e : <strong className="fr-ml-1v">{actor.name ?? actor.email}</strong>
    </p>,
    { iconId: "fr-icon-draft-line", linkProps: { href: "/fiches" }, text: "Fiches" },
    {
      iconId: "fr-icon-notification-3-line",
      linkProps: { href: "/notifications" },
      text:
        unreadNotifications > 0 ? (
          <>
            Notifications
            <span className={fr.cx("fr-badge", "fr-badge--sm", "fr-badge--error", "fr-badge--no-icon", "fr-ml-1v")}>
              {unreadNotifications}
              <span className={fr.cx("fr-sr-only")}> non lues</span>
            </span>
          </>
        ) : (
          "Notifications"
        ),
    },
    actor.role === "ADMIN"
      ? { iconId: "fr-icon-settings-5-line", linkProps: { href: "/admin/membres" }, text: "Administration" }
      : null,
    <SignOutButton key="sign-out" />,
  ];
}
