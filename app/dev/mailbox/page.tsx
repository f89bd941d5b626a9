import Link from "next/link";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PageBreadcrumb } from "@/components/page-breadcrumb.tsx";
import { DEV_MAILS_PAGE_SIZE, listDevMailsPage } from "@/lib/mail/list-dev-mails-page.ts";
import { ZPageNumber } from "@/lib/pagination/page-bounds.ts";
import { ListPagination } from "@/components/ui/list-pagination.tsx";
import { firstValues } from "@/components/ui/filter-bar.tsx";
import { formatDateTime, plural } from "@/lib/format.ts";
import { EmptyState } from "@/components/ui/empty-state.tsx";

// The mailbox changes with every e-mail: rendered per request, never at build time.
export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Boîte de réception de démonstration", robots: { index: false } };

const linkPattern = /(https?:\/\/[^\s]+)/g;

export default async function DevMailboxPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const mailbox = await listDevMailsPage({
    page: ZPageNumber.parse(firstValues(await searchParams).page),
    pageSize: DEV_MAILS_PAGE_SIZE,
  });
  if (!mailbox) notFound();
  const { items: mails, total, page, pageCount } = mailbox;
  return (
    <>
      <PageBreadcrumb current="Boîte de réception de démonstration" />
      <h1 className="mb-2 text-3xl">Boîte de réception de démonstration</h1>
      <p className="mb-8 max-w-3xl">
        En mode démonstration, aucun e-mail ne quitte la machine : les messages de l'atelier arrivent ici (aussi en JSON
        sur <code>/api/dev/mailbox</code>).
      </p>
      <p role="status" className="mb-4 font-medium">
        {total} message{plural(total)}
        {pageCount > 1 ? ` · page ${page} sur ${pageCount}` : ""}
      </p>
      {mails.length === 0 ? (
        <EmptyState action={<Link href="/connexion">Demander un lien de connexion</Link>}>
          Aucun message pour l&apos;instant.
        </EmptyState>
      ) : (
        <ol className="space-y-4">
          {mails.map((mail) => (
            <li key={mail.id} className="rounded border border-gray-200 bg-white p-4">
              <h2 className="text-lg">{mail.subject}</h2>
              <p className="mb-2 text-sm text-gray-700">
                À <strong>{mail.to}</strong>, le {formatDateTime(mail.createdAt)}
              </p>
              <div className="whitespace-pre-wrap break-words text-sm">
                {mail.text.split(linkPattern).map((part, index) =>
                  linkPattern.test(part) ? (
                    <a key={index} href={part}>
                      {part}
                    </a>
                  ) : (
                    part
                  ),
                )}
              </div>
            </li>
          ))}
        </ol>
      )}
      <ListPagination path="/dev/mailbox" query={{}} page={page} pageCount={pageCount} />
    </>
  );
}
