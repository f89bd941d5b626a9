// `npm run admin:invite -- prenom.nom@exemple.gouv.fr [--nom "Prénom Nom"] [--organisation <slug>]`:
// the way in for a production server without demo mode. Invites the address as an administrator
// (audited as « système ») and e-mails the invitation through SMTP_URL. Outputs ids, never the address.
import { parseArgs } from "node:util";
import { checkStartupConfig } from "@/lib/config/env.ts";
import { ConfigurationError } from "@/lib/config/env-schema.ts";
import { closeDatabase } from "@/lib/db/client.ts";
import { openDatabase } from "@/lib/db/connection.ts";
import { applyMigrations } from "@/lib/db/migrate.ts";
import { inviteAdministrator, ZInviteAdministratorInput } from "@/lib/members/invite-administrator.ts";
import { INVITATION_VALIDITY_DAYS } from "@/lib/members/invite-member.ts";
import { ExpectedError } from "@/lib/errors.ts";

const USAGE = 'Usage : npm run admin:invite -- prenom.nom@exemple.gouv.fr [--nom "Prénom Nom"] [--organisation <slug>]';

async function main(): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: { nom: { type: "string" }, organisation: { type: "string" } },
    });
  } catch {
    console.error(USAGE);
    return 1;
  }
  const [email, ...extra] = parsed.positionals;
  if (!email || extra.length > 0) {
    console.error(USAGE);
    return 1;
  }
  const input = ZInviteAdministratorInput.safeParse({
    email,
    name: parsed.values.nom,
    organisationSlug: parsed.values.organisation,
  });
  if (!input.success) {
    console.error(`${input.error.issues.map((issue) => issue.message).join(" ")}\n${USAGE}`);
    return 1;
  }
  // The invitation is e-mailed by the same configuration as the server's: refuse it here if the server would refuse it.
  checkStartupConfig();
  // Migrates first, as `npm start` would: the first administrator can be invited before the first start.
  // Opening the database takes the embedded directory's lock: a running server makes this stop here.
  const database = await openDatabase();
  try {
    await applyMigrations(database.adapterFactory);
  } finally {
    await database.close();
  }
  const outcome = await inviteAdministrator({ input: input.data });
  if (outcome.status === "already-admin") {
    console.log(`Cette adresse est déjà celle d'un administrateur actif (compte ${outcome.userId}) : rien à faire.`);
    return 0;
  }
  if (outcome.organisation.created)
    console.log(`Organisation « ${outcome.organisation.name} » créée (${outcome.organisation.slug}).`);
  console.log(
    `${outcome.status === "renewed" ? "Invitation renouvelée et renvoyée" : "Invitation envoyée"} : rôle administrateur, ` +
      `organisation « ${outcome.organisation.name} », valable ${INVITATION_VALIDITY_DAYS} jours (invitation ${outcome.invitationId}).`,
  );
  console.log(
    "La personne invitée se connecte sur la page « Se connecter » avec cette adresse (lien par e-mail, ou ProConnect).",
  );
  return 0;
}

try {
  process.exitCode = await main();
} catch (error) {
  const known =
    error instanceof ExpectedError ||
    error instanceof ConfigurationError ||
    (error instanceof Error && error.name === "DataDirectoryBusyError");
  console.error(
    known
      ? (error as Error).message
      : `Échec de l'invitation : ${error instanceof Error ? error.message : String(error)}`,
  );
  process.exitCode = 1;
} finally {
  await closeDatabase().catch(() => {});
}
