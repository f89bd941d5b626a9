import type { Metadata } from "next";
import Link from "next/link";
import { requirePageActor } from "@/lib/auth/require-page-actor.ts";
import { listNotifications } from "@/lib/notifications/list-notifications.ts";
import { getEmailPreference } from "@/lib/notifications/get-email-preference.ts";
import { EmailPreferenceForm } from "@/components/notifications/email-preference-form.tsx";
import { formatDateTime } from "@/lib/format.ts";
import { MarkNotificationsReadButton } from "@/components/mark-notifications-read-button.tsx";
import { Tag } from "@/components/ui/tag.tsx";
import { PageBreadcrumb } from "@/components/page-breadcrumb.tsx";
import { EmptyState } from "@/components/ui/empty-state.tsx";

export const metadata: Metadata = { title: "Notifications" };

export default async function NotificationsPage() {
  const actor = await requirePageActor("/notifications");
  const [notifications, emailPreference] = await Promise.all([
    listNotifications({ actor }),
    getEmailPreference({ actor }),
  ]);
  const unread = notifications.filter((notification) => !notification.readAt).length;
  return (
    <>
      <PageBreadcrumb current="Notifications" />
      <h1 className="mb-4 text-3xl">Notifications</h1>
      <div className="mb-6 flex flex-wrap items-center gap-4">
        <p>
          {unread} non lue{unread > 1 ? "s" : ""}
        </p>
        {unread > 0 && <MarkNotificationsReadButton />}
      </div>
      {notifications.length === 0 ? (
        <EmptyState action={<Link href="/priorisation">Voir le tableau des priorités</Link>}>
          Aucune notification : vous serez prévenu ici des suites données à vos contributions.
        </EmptyState>
      ) : (
        <ul className="space-y-3">
          {notifications.map((notification) => (
            <li key={notification.id} className="rounded border border-gray-200 bg-white p-4">
              <p className="mb-1 flex flex-wrap items-center gap-2 text-sm text-gray-700">
                {!notification.readAt && <Tag tone="nouveau">Nouveau</Tag>} {formatDateTime(notification.createdAt)}
              </p>
              <h2 className="text-lg">
                {notification.link ? <Link href={notification.link}>{notification.title}</Link> : notification.title}
              </h2>
              <p>{notification.body}</p>
            </li>
          ))}
        </ul>
      )}
      <section id="preferences-e-mail" aria-labelledby="preferences-e-mail-titre" className="mt-10">
        <h2 id="preferences-e-mail-titre" className="text-xl">
          Notifications par e-mail
        </h2>
        <EmailPreferenceForm current={emailPreference} />
      </section>
    </>
  );
}
