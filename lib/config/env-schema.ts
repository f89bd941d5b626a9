// The one schema of every environment variable the application, its scripts and its tests read.
// Each variable carries its French documentation: the README's « Configuration » table is generated
// from it (`npm run docs:config`), and a unit test fails when the two disagree (ADR 0012).
import { z } from "zod";

/** "application": read by the server or its commands; "next": set by Next.js itself; "outils": tests and tools. */
export type TVariableGroup = "application" | "next" | "outils";

type TVariableDoc = { description: string; defaultLabel: string; example: string; group?: TVariableGroup };

function variable<T extends z.ZodType>(schema: T, doc: TVariableDoc) {
  return { schema, ...doc, group: doc.group ?? "application" };
}

/** The values published in the README: accepted by the mock APIs in demo mode only. */
export const DEMO_MOCK_API_TOKEN = "atelier-efop-demo-token";
export const DEMO_RESTRICTED_MOCK_API_TOKEN = "atelier-efop-demo-token-restreint";
/** A valid token whose habilitation covers none of the mocked endpoints: every call gets 403. */
export const DEMO_NO_SCOPE_MOCK_API_TOKEN = "atelier-efop-demo-token-sans-scope";
export const MIN_SECRET_LENGTH = 32;

const flag = z
  .enum(["1", "0", "true", "false"], { message: "valeur attendue : 1 ou 0 (ou true, false)." })
  .transform((value) => value === "1" || value === "true");

function integer({ min, max }: { min: number; max: number }) {
  return z
    .string()
    .regex(/^\d+$/, `nombre entier attendu (de ${min} à ${max}).`)
    .transform(Number)
    .pipe(z.number().min(min, `au moins ${min}.`).max(max, `au plus ${max}.`));
}

const port = integer({ min: 1, max: 65_535 });

function urlWithProtocols(protocols: string[], label: string) {
  return z.string().refine((value) => {
    if (!URL.canParse(value)) return false;
    const url = new URL(value);
    return protocols.includes(url.protocol) && url.hostname !== "";
  }, `${label} attendue.`);
}

const httpUrl = urlWithProtocols(["http:", "https:"], "adresse absolue http:// ou https://");
const text = (max = 500) => z.string().max(max, `${max} caractères au plus.`);

export const ENV_VARIABLES = {
  DEMO_MODE: variable(flag.optional(), {
    description:
      "mode démonstration : comptes et contenu de démonstration, e-mails lisibles sur `/dev/mailbox`. Sans valeur : actif sous `npm run dev` seulement ; `1` l'impose (avertissement au démarrage d'un serveur de production), `0` l'éteint",
    defaultLabel: "`1` sous `npm run dev`, `0` sous `npm start`",
    example: "`0`",
  }),
  PORT: variable(port.default(3000), {
    description: "port HTTP du serveur",
    defaultLabel: "`3000`",
    example: "`8080`",
  }),
  NEXTAUTH_URL: variable(httpUrl.optional(), {
    description:
      "adresse publique de l'application (liens des e-mails, retour ProConnect) ; **obligatoire** hors mode démonstration",
    defaultLabel: "`http://localhost:$PORT` en mode démonstration",
    example: "`https://atelier-efop.exemple.gouv.fr`",
  }),
  NEXTAUTH_SECRET: variable(
    z
      .string()
      .min(MIN_SECRET_LENGTH, `${MIN_SECRET_LENGTH} caractères au moins (par exemple : openssl rand -base64 32).`)
      .optional(),
    {
      description: `secret des sessions et des jetons dérivés, ${MIN_SECRET_LENGTH} caractères au moins ; **obligatoire** hors mode démonstration`,
      defaultLabel: "créé dans `AUTH_SECRET_FILE` en mode démonstration",
      example: "`$(openssl rand -base64 32)`",
    },
  ),
  AUTH_SECRET_FILE: variable(text(1000).default(".data/auth-secret"), {
    description: "emplacement du secret créé automatiquement en mode démonstration",
    defaultLabel: "`.data/auth-secret`",
    example: "`/var/lib/atelier/auth-secret`",
  }),
  DATABASE_URL: variable(urlWithProtocols(["postgres:", "postgresql:"], "adresse postgresql://").optional(), {
    description: "base PostgreSQL ; sans elle, base embarquée PGlite dans `PGLITE_DATA_DIR`",
    defaultLabel: "*(vide)*",
    example: "`postgresql://atelier:motdepasse@db.exemple:5432/atelier`",
  }),
  DATABASE_POOL_SIZE: variable(integer({ min: 1, max: 500 }).default(10), {
    description: "connexions PostgreSQL par instance",
    defaultLabel: "`10`",
    example: "`20`",
  }),
  PGLITE_DATA_DIR: variable(text(1000).default(".data/pglite"), {
    description: "répertoire de la base embarquée (`memory://` : en mémoire)",
    defaultLabel: "`.data/pglite`",
    example: "`/var/lib/atelier/pglite`",
  }),
  PGLITE_SHARED_BUFFERS_MB: variable(integer({ min: 1, max: 1_024 }).default(32), {
    description:
      "mémoire de pages de la base embarquée, en Mo (`shared_buffers`), allouée en entier au démarrage dans chaque processus ; au-delà, les lectures passent par le cache du système",
    defaultLabel: "`32`",
    example: "`128`",
  }),
  EMAIL_SIGN_IN: variable(flag.default(true), {
    description:
      "connexion par lien envoyé par e-mail ; `0` quand ProConnect seul est utilisé (il faut alors configurer ProConnect)",
    defaultLabel: "`1`",
    example: "`0`",
  }),
  SMTP_URL: variable(urlWithProtocols(["smtp:", "smtps:"], "adresse smtp:// ou smtps://").optional(), {
    description:
      "serveur d'envoi des e-mails (nodemailer) ; **obligatoire** hors mode démonstration tant que la connexion par e-mail est active",
    defaultLabel: "*(vide)*",
    example: "`smtps://utilisateur:motdepasse@smtp.exemple.gouv.fr:465`",
  }),
  EMAIL_FROM: variable(text(320).default("Atelier EFOP <ne-pas-repondre@atelier-efop.local>"), {
    description: "expéditeur des e-mails",
    defaultLabel: "`Atelier EFOP <ne-pas-repondre@atelier-efop.local>`",
    example: "`Atelier EFOP <ne-pas-repondre@atelier-efop.gouv.fr>`",
  }),
  CONTACT_EMAIL: variable(z.email("adresse e-mail attendue.").max(320).optional(), {
    description:
      "adresse de contact de l'animation du groupe, publiée dans la déclaration d'accessibilité, les mentions légales et la page des données personnelles ; sans elle, ces pages renvoient vers les administrateurs de l'atelier",
    defaultLabel: "*(vide)*",
    example: "`atelier-efop@dgefp.gouv.fr`",
  }),
  LEGAL_HOST: variable(text(500).optional(), {
    description: "hébergeur de cette instance (nom, adresse, téléphone), publié dans les mentions légales",
    defaultLabel: "*(vide)* : les mentions légales indiquent qu'il n'est pas renseigné",
    example: "`Exemple Cloud SAS, 1 rue de l'Exemple, 75000 Paris, 01 23 45 67 89`",
  }),
  PROCONNECT_ISSUER: variable(httpUrl.optional(), {
    description:
      "émetteur ProConnect (découverte : `<émetteur>/.well-known/openid-configuration`) ; avec les deux suivantes, active le bouton ProConnect",
    defaultLabel: "*(vide)*",
    example: "`https://auth.agentconnect.gouv.fr/api/v2`",
  }),
  PROCONNECT_CLIENT_ID: variable(text().optional(), {
    description: "identifiant du service auprès de ProConnect",
    defaultLabel: "*(vide)*",
    example: "`atelier-efop`",
  }),
  PROCONNECT_CLIENT_SECRET: variable(text().optional(), {
    description: "secret du service auprès de ProConnect",
    defaultLabel: "*(vide)*",
    example: "`secret-fourni-par-proconnect`",
  }),
  PROCONNECT_SIGNING_ALG: variable(
    z.enum(["RS256", "ES256", "PS256"], { message: "algorithme attendu : RS256, ES256 ou PS256." }).default("RS256"),
    {
      description: "algorithme de signature attendu pour l'ID token et le userinfo",
      defaultLabel: "`RS256`",
      example: "`ES256`",
    },
  ),
  SIGN_IN_RATE_LIMIT: variable(integer({ min: 0, max: 100_000 }).default(5), {
    description:
      "e-mails de connexion par boîte aux lettres et par quart d'heure (au-delà, plus d'envoi, même réponse) ; six fois plus de demandes par client (au-delà : 429 avec `Retry-After`)",
    defaultLabel: "`5`",
    example: "`10`",
  }),
  TRUSTED_PROXY_HOPS: variable(integer({ min: 0, max: 10 }).default(0), {
    description:
      "nombre de mandataires inverses de confiance devant l'application ; `0` : l'adresse du client est celle de la connexion TCP (voir « Sécurité »)",
    defaultLabel: "`0`",
    example: "`1`",
  }),
  MOCK_API_TOKEN: variable(text().min(16, "16 caractères au moins.").optional(), {
    description:
      "jeton attendu par les API simulées et envoyé par les connecteurs. Hors mode démonstration, les jetons de démonstration publiés sont refusés : sans cette variable, le jeton est dérivé de `NEXTAUTH_SECRET`",
    defaultLabel: "`atelier-efop-demo-token` en mode démonstration, dérivé de `NEXTAUTH_SECRET` sinon",
    example: "`$(openssl rand -hex 24)`",
  }),
  MOCK_API_LATENCY_MS: variable(integer({ min: 0, max: 60_000 }).optional(), {
    description: "latence des API simulées",
    defaultLabel: "latence propre à chaque API (100 à 400 ms)",
    example: "`0`",
  }),
  API_PARTICULIER_URL: variable(httpUrl.optional(), {
    description: "adresse de l'API Particulier appelée par le démonstrateur",
    defaultLabel: "API simulée de ce serveur",
    example: "`https://staging.particulier.api.gouv.fr`",
  }),
  API_ENTREPRISE_URL: variable(httpUrl.optional(), {
    description: "adresse de l'API Entreprise",
    defaultLabel: "API simulée de ce serveur",
    example: "`https://staging.entreprise.api.gouv.fr`",
  }),
  IMPOT_PARTICULIER_URL: variable(httpUrl.optional(), {
    description: "adresse de l'API Impôt particulier",
    defaultLabel: "API simulée de ce serveur",
    example: "`https://impot.exemple.gouv.fr`",
  }),
  HYPOTHETICAL_APIS_URL: variable(httpUrl.optional(), {
    description: "adresse des API hypothétiques",
    defaultLabel: "API simulées de ce serveur",
    example: "`https://api.exemple.gouv.fr`",
  }),
  CATALOGUE_CPF_URL: variable(httpUrl.optional(), {
    description: "adresse du catalogue CPF",
    defaultLabel: "API simulée de ce serveur",
    example: "`https://catalogue.exemple.gouv.fr`",
  }),
  MOCK_APIS_URL: variable(httpUrl.optional(), {
    description:
      "adresse de base des API simulées (et de la connexion FranceConnect / ProConnect simulée du démonstrateur) : une adresse d'API parmi d'autres, utilisée pour chaque API dont l'adresse n'est pas donnée",
    defaultLabel: "`/api/mock` de ce serveur",
    example: "`https://demo.atelier-efop.exemple.fr/api/mock`",
  }),
  API_PARTICULIER_TOKEN: variable(text().optional(), {
    description: "jeton de l'API Particulier réelle",
    defaultLabel: "jeton des API simulées",
    example: "`jeton-api-particulier`",
  }),
  API_ENTREPRISE_TOKEN: variable(text().optional(), {
    description: "jeton de l'API Entreprise réelle",
    defaultLabel: "jeton des API simulées",
    example: "`jeton-api-entreprise`",
  }),
  IMPOT_PARTICULIER_TOKEN: variable(text().optional(), {
    description: "jeton de l'API Impôt particulier réelle",
    defaultLabel: "jeton des API simulées",
    example: "`jeton-impot-particulier`",
  }),
  API_RECIPIENT_SIRET: variable(
    z
      .string()
      .regex(/^\d{14}$/, "SIRET de 14 chiffres attendu.")
      .default("13002526500013"),
    {
      description: "`recipient` transmis aux API (SIRET de l'administration destinataire)",
      defaultLabel: "`13002526500013`",
      example: "`13002526500013`",
    },
  ),
  CONNECTOR_TIMEOUT_MS: variable(integer({ min: 1, max: 120_000 }).default(3_000), {
    description: "délai par tentative d'appel d'une API",
    defaultLabel: "`3000`",
    example: "`5000`",
  }),
  CONNECTOR_RETRIES: variable(integer({ min: 0, max: 10 }).default(2), {
    description: "nouvelles tentatives après un échec temporaire",
    defaultLabel: "`2`",
    example: "`0`",
  }),
  DS_BASE_URL: variable(httpUrl.optional(), {
    description: "démarches-simplifiées : adresse de l'instance (sans elle, rien n'est envoyé)",
    defaultLabel: "*(vide)*",
    example: "`https://www.demarches-simplifiees.fr`",
  }),
  DS_DEMARCHE_SLUG_PARTICULIER: variable(text(200).default("demande-ptp-transitions-pro"), {
    description: "démarche du parcours particulier (slug)",
    defaultLabel: "`demande-ptp-transitions-pro`",
    example: "`ma-demarche-ptp`",
  }),
  DS_DEMARCHE_SLUG_EMPLOYEUR: variable(text(200).default("formation-salarie-employeur"), {
    description: "démarche du parcours employeur (slug)",
    defaultLabel: "`formation-salarie-employeur`",
    example: "`ma-demarche-employeur`",
  }),
  DS_DEMARCHE_SLUG_OF: variable(text(200).default("dossier-organisme-formation"), {
    description: "démarche du parcours organisme de formation (slug)",
    defaultLabel: "`dossier-organisme-formation`",
    example: "`ma-demarche-of`",
  }),
  DS_DEMARCHE_ID_PARTICULIER: variable(text(40).default("101"), {
    description: "numéro de la démarche du parcours particulier",
    defaultLabel: "`101`",
    example: "`84512`",
  }),
  DS_DEMARCHE_ID_EMPLOYEUR: variable(text(40).default("102"), {
    description: "numéro de la démarche du parcours employeur",
    defaultLabel: "`102`",
    example: "`84513`",
  }),
  DS_DEMARCHE_ID_OF: variable(text(40).default("103"), {
    description: "numéro de la démarche du parcours organisme de formation",
    defaultLabel: "`103`",
    example: "`84514`",
  }),
  HOSTNAME: variable(text(255).optional(), {
    description: "interface d'écoute du serveur de production",
    defaultLabel: "toutes",
    example: "`127.0.0.1`",
  }),
  SKIP_MIGRATIONS_AT_START: variable(flag.default(false), {
    description:
      "`1` : `npm start` n'applique pas les migrations (une étape de déploiement lance `npm run db:migrate`, voir « Déploiement »)",
    defaultLabel: "`0`",
    example: "`1`",
  }),
  SHUTDOWN_TIMEOUT_MS: variable(integer({ min: 0, max: 600_000 }).default(10_000), {
    description: "délai laissé aux requêtes en cours après SIGTERM avant l'arrêt",
    defaultLabel: "`10000`",
    example: "`25000`",
  }),
  LIVE_MAX_STREAMS_PER_ADDRESS: variable(integer({ min: 1, max: 100_000 }).default(100), {
    description: "flux d'événements ouverts en même temps par adresse de client et par instance (au-delà : 429)",
    defaultLabel: "`100`",
    example: "`20`",
  }),
  SCHEDULER_INTERVAL_MS: variable(integer({ min: 1_000, max: 3_600_000 }).default(30_000), {
    description: "intervalle du planificateur (ouverture et clôture des scrutins, purges)",
    defaultLabel: "`30000`",
    example: "`60000`",
  }),
  RESULTS_MIN_GROUP_SIZE: variable(integer({ min: 2, max: 1_000 }).default(3), {
    description:
      "nombre minimal de votants d'un type d'organisation détaillé dans les résultats d'un scrutin ; les plus petits sont regroupés dans « Autres » (voir « Sécurité »)",
    defaultLabel: "`3`",
    example: "`5`",
  }),
  LOG_LEVEL: variable(
    z
      .enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"], {
        message: "niveau attendu : fatal, error, warn, info, debug, trace ou silent.",
      })
      .optional(),
    {
      description: "niveau des journaux JSON (pino)",
      defaultLabel: "`info` en production, `debug` sous `npm run dev`, `silent` pendant les tests",
      example: "`warn`",
    },
  ),
  DEV_ALLOWED_ORIGINS: variable(text(2000).optional(), {
    description:
      "autres hôtes autorisés à ouvrir `npm run dev` (localhost, 127.0.0.1, [::1] et les adresses de la machine le sont déjà), séparés par des virgules",
    defaultLabel: "*(vide)*",
    example: "`atelier.local,https://poste-42.exemple:3000`",
  }),
  RETENTION_DEMO_MAIL_DAYS: variable(integer({ min: 1, max: 3650 }).default(7), {
    description: "jours de conservation des e-mails du mode démonstration",
    defaultLabel: "`7`",
    example: "`1`",
  }),
  RETENTION_FEEDBACK_EMAIL_DAYS: variable(integer({ min: 1, max: 3650 }).default(365), {
    description: "jours de conservation de l'adresse e-mail des auteurs de retours publics",
    defaultLabel: "`365`",
    example: "`180`",
  }),
  RETENTION_AUDIT_DETAILS_DAYS: variable(integer({ min: 1, max: 3650 }).default(365), {
    description: "jours après lesquels un événement d'audit perd son auteur et ses détails",
    defaultLabel: "`365`",
    example: "`730`",
  }),
  RETENTION_INVITATION_DAYS: variable(integer({ min: 1, max: 3650 }).default(30), {
    description: "jours de conservation d'une invitation expirée ou révoquée, jamais acceptée",
    defaultLabel: "`30`",
    example: "`90`",
  }),
  OIDC_PORT: variable(port.default(9400), {
    description: "port du fournisseur OpenID Connect local (`npm run oidc:dev`)",
    defaultLabel: "`9400`",
    example: "`9410`",
  }),
  OIDC_APP_URL: variable(httpUrl.default("http://localhost:3000"), {
    description: "adresse de l'application servie par le fournisseur OpenID Connect local",
    defaultLabel: "`http://localhost:3000`",
    example: "`http://localhost:3100`",
  }),

  NODE_ENV: variable(
    z
      .enum(["development", "production", "test"], { message: "valeur attendue : development, production ou test." })
      .default("production"),
    {
      description:
        "posée par Next.js (`development` sous `next dev`, `production` sous `npm start`) et par les tests ; décide du mode démonstration par défaut",
      defaultLabel: "`production`",
      example: "`production`",
      group: "next",
    },
  ),
  NEXT_PHASE: variable(text(100).optional(), {
    description:
      "posée par Next.js : `phase-production-build` pendant `next build` (aucune vérification de démarrage alors)",
    defaultLabel: "*(vide)*",
    example: "`phase-production-build`",
    group: "next",
  }),

  TEST_DATABASE_URL: variable(urlWithProtocols(["postgres:", "postgresql:"], "adresse postgresql://").optional(), {
    description: "tests d'intégration sur PostgreSQL (la base est vidée)",
    defaultLabel: "*(vide : PGlite)*",
    example: "`postgresql://atelier:atelier@localhost:5432/atelier_test`",
    group: "outils",
  }),
  CHROMIUM_PATH: variable(text(1000).optional(), {
    description: "navigateur des tests de bout en bout et des mesures Lighthouse",
    defaultLabel: "`/usr/bin/chromium` s'il existe",
    example: "`/usr/bin/chromium`",
    group: "outils",
  }),
  E2E_APP_PORT: variable(port.default(3100), {
    description: "port de l'application pendant les tests de bout en bout",
    defaultLabel: "`3100`",
    example: "`3110`",
    group: "outils",
  }),
  E2E_OIDC_PORT: variable(port.default(9410), {
    description: "port du fournisseur OpenID Connect pendant les tests de bout en bout",
    defaultLabel: "`9410`",
    example: "`9420`",
    group: "outils",
  }),
  E2E_DEV_PORT: variable(port.default(3101), {
    description: "port du serveur de développement pendant sa suite de bout en bout",
    defaultLabel: "`3101`",
    example: "`3151`",
    group: "outils",
  }),
  PLAYWRIGHT_INSTALL_TIMEOUT_S: variable(integer({ min: 1, max: 3600 }).default(120), {
    description: "durée maximale du téléchargement du Chromium de Playwright par `npm test`",
    defaultLabel: "`120`",
    example: "`30`",
    group: "outils",
  }),
  NODE_LINES: variable(text(100).default("22,24"), {
    description: "versions majeures de Node essayées par `npm run test:node-lines`",
    defaultLabel: "`22,24`",
    example: "`22`",
    group: "outils",
  }),
  PATH: variable(text(10_000).optional(), {
    description: "chemins des exécutables (chromium, nginx, node) que cherchent les outils de test",
    defaultLabel: "celui du système",
    example: "`/usr/local/bin:/usr/bin`",
    group: "outils",
  }),
  CLUSTER_DATABASE_URL: variable(urlWithProtocols(["postgres:", "postgresql:"], "adresse postgresql://").optional(), {
    description: "base PostgreSQL **vidée** par `npm run test:cluster`",
    defaultLabel: "*(vide)*",
    example: "`postgresql://…/atelier_grappe`",
    group: "outils",
  }),
  CLUSTER_PORT_A: variable(port.default(3311), {
    description: "port de l'instance A du test de grappe",
    defaultLabel: "`3311`",
    example: "`3411`",
    group: "outils",
  }),
  CLUSTER_PORT_B: variable(port.default(3312), {
    description: "port de l'instance B du test de grappe",
    defaultLabel: "`3312`",
    example: "`3412`",
    group: "outils",
  }),
  CLUSTER_PORT_NGINX: variable(port.default(3310), {
    description: "port de nginx devant les deux instances du test de grappe",
    defaultLabel: "`3310`",
    example: "`3410`",
    group: "outils",
  }),
  CLUSTER_SKIP_BUILD: variable(flag.default(false), {
    description: "`1` : le test de grappe réutilise la construction existante",
    defaultLabel: "`0`",
    example: "`1`",
    group: "outils",
  }),
  NGINX_PATH: variable(text(1000).default("/usr/sbin/nginx"), {
    description: "nginx du test de grappe",
    defaultLabel: "`/usr/sbin/nginx`",
    example: "`/usr/local/sbin/nginx`",
    group: "outils",
  }),
  FAST_CHECK_SEED: variable(integer({ min: 0, max: 2_147_483_647 }).optional(), {
    description: "graine des tests à base de propriétés de bout en bout (pour rejouer un échec)",
    defaultLabel: "tirée au hasard",
    example: "`4242`",
    group: "outils",
  }),
  BENCH_DATABASE_URL: variable(urlWithProtocols(["postgres:", "postgresql:"], "adresse postgresql://").optional(), {
    description: "banc de performance (`npm run bench`) : mesure aussi sur cette base PostgreSQL",
    defaultLabel: "*(vide)*",
    example: "`postgresql://atelier:atelier@localhost:5432/atelier_bench`",
    group: "outils",
  }),
  BENCH_DURATION: variable(integer({ min: 1, max: 3_600 }).optional(), {
    description: "durée de chaque scénario du banc, en secondes",
    defaultLabel: "`10` (`2` avec `--smoke`)",
    example: "`30`",
    group: "outils",
  }),
  BENCH_PORT: variable(port.default(3200), {
    description: "port du serveur mesuré par le banc",
    defaultLabel: "`3200`",
    example: "`3210`",
    group: "outils",
  }),
  TEST_REPORT_DIR: variable(text(1000).optional(), {
    description: "répertoire des résultats JSON des tests (intégration continue)",
    defaultLabel: "*(vide)*",
    example: "`.ci/rapports`",
    group: "outils",
  }),
  PRISMA_SCHEMA_ENGINE_BINARY: variable(text(1000).optional(), {
    description: "moteur de schéma indiqué à `prisma generate` à l'installation (jamais téléchargé)",
    defaultLabel: "`/bin/true`",
    example: "`/bin/true`",
    group: "outils",
  }),
  CI: variable(text(100).optional(), {
    description: "intégration continue : une nouvelle tentative par test de bout en bout, pas de rapport HTML",
    defaultLabel: "*(vide)*",
    example: "`1`",
    group: "outils",
  }),
};

export type TVariableName = keyof typeof ENV_VARIABLES;
type TShape = { [K in TVariableName]: (typeof ENV_VARIABLES)[K]["schema"] };

export const ZEnv = z.object(
  Object.fromEntries(Object.entries(ENV_VARIABLES).map(([name, definition]) => [name, definition.schema])) as TShape,
);
export type TEnv = z.infer<typeof ZEnv>;

export type TEnvSource = Record<string, string | undefined>;
export type TEnvIssue = { variable: string; message: string };

export class ConfigurationError extends Error {
  readonly issues: TEnvIssue[];
  constructor(issues: TEnvIssue[]) {
    super(configurationMessage(issues));
    this.name = "ConfigurationError";
    this.issues = issues;
  }
}

function configurationMessage(issues: TEnvIssue[]): string {
  const count =
    issues.length === 1
      ? "une variable d'environnement à corriger"
      : `${issues.length} variables d'environnement à corriger`;
  return [
    `Configuration invalide (${count}) :`,
    ...issues.map((issue) => `  - ${issue.variable} : ${issue.message}`),
    "Voir la section « Configuration » du README.",
  ].join("\n");
}

/** An empty value is an unset one: `FOO=` in a shell or an env file means « nothing ». */
function withoutEmptyValues(source: TEnvSource): TEnvSource {
  return Object.fromEntries(Object.entries(source).filter(([, value]) => value !== undefined && value.trim() !== ""));
}

/**
 * Demo mode is never a side effect of another setting: DEMO_MODE decides, and without it only a
 * development server (`next dev`, or `scripts/db.ts prepare --dev` before it) runs in demo mode.
 */
export function demoModeOf(source: TEnvSource): boolean {
  const value = withoutEmptyValues(source).DEMO_MODE;
  if (value === "1" || value === "true") return true;
  if (value === "0" || value === "false") return false;
  return withoutEmptyValues(source).NODE_ENV === "development";
}

/** Every variable's own format, whatever the mode. */
function formatIssues(source: TEnvSource): TEnvIssue[] {
  const result = ZEnv.safeParse(source);
  if (result.success) return [];
  const seen = new Set<string>();
  return result.error.issues.flatMap((issue) => {
    const name = String(issue.path[0]);
    if (seen.has(name)) return [];
    seen.add(name);
    return [{ variable: name, message: issue.message }];
  });
}

/**
 * What a server needs to serve real members: checked at start-up only (never at build time or by maintenance commands).
 */
function servingIssues(source: TEnvSource): TEnvIssue[] {
  const demo = demoModeOf(source);
  const issues: TEnvIssue[] = [];
  const emailSignIn = !(source.EMAIL_SIGN_IN === "0" || source.EMAIL_SIGN_IN === "false");
  const proConnect = ["PROCONNECT_ISSUER", "PROCONNECT_CLIENT_ID", "PROCONNECT_CLIENT_SECRET"] as const;
  const proConnectSet = proConnect.filter((name) => source[name]);
  if (proConnectSet.length > 0 && proConnectSet.length < proConnect.length) {
    for (const name of proConnect.filter((name) => !source[name])) {
      issues.push({ variable: name, message: `manquante : ProConnect demande ${proConnect.join(", ")} ensemble.` });
    }
  }
  if (!emailSignIn && proConnectSet.length < proConnect.length) {
    issues.push({
      variable: "EMAIL_SIGN_IN",
      message: "aucun moyen de connexion : la connexion par e-mail est désactivée et ProConnect n'est pas configuré.",
    });
  }
  if (demo) return issues;
  if (!source.NEXTAUTH_SECRET) {
    issues.push({
      variable: "NEXTAUTH_SECRET",
      message: `obligatoire hors mode démonstration, ${MIN_SECRET_LENGTH} caractères au moins (par exemple : openssl rand -base64 32).`,
    });
  }
  if (!source.NEXTAUTH_URL) {
    issues.push({
      variable: "NEXTAUTH_URL",
      message:
        "obligatoire hors mode démonstration : l'adresse publique de l'application, par exemple https://atelier-efop.exemple.gouv.fr.",
    });
  }
  if (emailSignIn && !source.SMTP_URL) {
    issues.push({
      variable: "SMTP_URL",
      message:
        "obligatoire hors mode démonstration tant que la connexion par e-mail est active (sinon EMAIL_SIGN_IN=0 avec ProConnect).",
    });
  }
  if (
    [DEMO_MOCK_API_TOKEN, DEMO_RESTRICTED_MOCK_API_TOKEN, DEMO_NO_SCOPE_MOCK_API_TOKEN].includes(
      source.MOCK_API_TOKEN ?? "",
    )
  ) {
    issues.push({
      variable: "MOCK_API_TOKEN",
      message:
        "ne doit pas être un jeton de démonstration publié hors mode démonstration : choisissez une valeur secrète ou retirez la variable.",
    });
  }
  return issues;
}

/**
 * Parses the environment; `serving` adds the rules a server must meet before it accepts requests.
 * Throws one ConfigurationError naming every variable to fix, never one at a time.
 */
export function parseEnv(rawSource: TEnvSource, { serving = false }: { serving?: boolean } = {}): TEnv {
  const source = withoutEmptyValues(rawSource);
  const issues = formatIssues(source);
  if (serving) {
    const malformed = new Set(issues.map((issue) => issue.variable));
    issues.push(...servingIssues(source).filter((issue) => !malformed.has(issue.variable)));
  }
  if (issues.length > 0) throw new ConfigurationError(issues);
  return ZEnv.parse(source);
}
