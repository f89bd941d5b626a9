import { createHash, randomBytes } from "node:crypto";
import { createRequire } from "node:module";
import path from "node:path";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client.ts";
import { createActor, createOrganisation, uniqueEmail } from "@/lib/test/factories.ts";
import { BodyTooLargeError } from "@/lib/http/read-body.ts";
import { PEER_ADDRESS_HEADER, peerAddressStamp } from "@/lib/security/peer-address.ts";
import { resetEnvCache } from "@/lib/config/env.ts";

process.env.NEXTAUTH_SECRET = "secret-de-test-de-connexion-de-32-caracteres";
process.env.NEXTAUTH_URL = "http://localhost:3000";
process.env.DEMO_MODE = "1";
// The integration set-up may have read the configuration already (PostgreSQL runs do): read it again.
resetEnvCache();
const { authOptions } = await import("./auth-options.ts");
const { prepareAuthRequest } = await import("./prepare-auth-request.ts");
const { POST } = await import("@/app/api/auth/[...nextauth]/route.ts");
// next-auth's core, as its route handler calls it, minus the request scope of next/headers (not exported: loaded by
// path).
type TAuthHandler = (params: {
  req: Record<string, unknown>;
  options: unknown;
}) => Promise<{ status?: number; redirect?: string; cookies?: { name: string }[] }>;
const { AuthHandler } = createRequire(import.meta.url)(path.resolve("node_modules/next-auth/core/index.js")) as {
  AuthHandler: TAuthHandler;
};

/** One next-auth request, as its route would pass it (CSRF cookie and token included). */
async function nextAuth(
  action: string,
  providerId: string,
  {
    method = "POST",
    body = {},
    query = {},
  }: { method?: string; body?: Record<string, string>; query?: Record<string, string> } = {},
) {
  const token = randomBytes(16).toString("hex");
  const hash = createHash("sha256").update(`${token}${process.env.NEXTAUTH_SECRET}`).digest("hex");
  return AuthHandler({
    req: {
      method,
      action,
      providerId,
      query,
      headers: {},
      body: { csrfToken: token, callbackUrl: "/priorisation", json: "true", ...body },
      cookies: { "next-auth.csrf-token": `${token}|${hash}` },
    },
    options: authOptions(),
  });
}
const askForLink = async (email: string) => {
  const { status, redirect } = await nextAuth("signin", "email", { body: { email } });
  return { status, redirect };
};
const mailsTo = (email: string) => db.devMail.findMany({ where: { to: email }, orderBy: { createdAt: "asc" } });

let member: string, invited: string, deactivated: string, stranger: string;
beforeAll(async () => {
  const organisation = await createOrganisation();
  member = (await createActor("MEMBER", organisation.id)).email;
  deactivated = (await createActor("MEMBER", organisation.id)).email;
  await db.user.update({ where: { email: deactivated }, data: { deactivatedAt: new Date() } });
  invited = uniqueEmail("invitee");
  await db.invitation.create({
    data: { email: invited, organisationId: organisation.id, expiresAt: new Date(Date.now() + 86_400_000) },
  });
  stranger = uniqueEmail("inconnu");
});
afterEach(() => {
  delete process.env.SIGN_IN_RATE_LIMIT;
  resetEnvCache();
});

describe("sign-in answers", () => {
  it("are the same for a member, an invited person, a deactivated member and a stranger; the e-mail says the rest", async () => {
    const answers = await Promise.all([member, invited, deactivated, stranger].map((email) => askForLink(email)));
    // next-auth then sends /api/auth/verify-request to the « Vérifiez votre messagerie » page.
    expect(answers[0]).toEqual({
      status: undefined,
      redirect: "http://localhost:3000/api/auth/verify-request?provider=email&type=email",
    });
    for (const answer of answers) expect(answer).toEqual(answers[0]);

    for (const email of [member, invited]) {
      const [mail] = await mailsTo(email);
      expect(mail.subject).toBe("Votre lien de connexion à l'Atelier EFOP");
      expect(mail.text).toMatch(/\/api\/auth\/callback\/email\?/);
      expect(await db.verificationToken.count({ where: { identifier: email } })).toBe(1);
    }
    const [refused] = await mailsTo(stranger);
    expect(refused).toMatchObject({
      subject: "Connexion à l'Atelier EFOP",
      text: expect.stringContaining("Aucun compte de l'Atelier EFOP n'est associé à cette adresse"),
    });
    expect(refused.text).toMatch(/invitation/);
    const [closed] = await mailsTo(deactivated);
    expect(closed.text).toContain("a été désactivé");
    for (const mail of [refused, closed]) expect(mail.text + mail.html).not.toMatch(/callback|token=/);
    // Tokens nobody will receive are not kept (nor the addresses in them).
    expect(await db.verificationToken.count({ where: { identifier: { in: [stranger, deactivated] } } })).toBe(0);
  });

  it("counts every variant of an address as that mailbox, never mails a second recipient, and past the budget sends nothing more while earlier links still work", async () => {
    process.env.SIGN_IN_RATE_LIMIT = "3";
    resetEnvCache();
    const email = (await createActor("MEMBER")).email;
    const [local, domain] = email.split("@");
    const variants = [
      email.toUpperCase(),
      `  ${email}  `,
      `${email}.`,
      `${email},evil@attaquant.example`,
      `${local}+1@${domain}`,
      `${email};evil@attaquant.example`,
      `${local}@${domain.toUpperCase()}..`,
    ];
    const answers = [];
    for (const variant of variants) answers.push(await askForLink(variant));
    for (const answer of answers) expect(answer).toEqual(answers[0]);
    expect(answers[0].redirect).toMatch(/\/api\/auth\/verify-request/);
    const mails = [...(await mailsTo(email)), ...(await mailsTo(`${local}+1@${domain}`))];
    expect(mails).toHaveLength(3);
    expect(await db.devMail.count({ where: { to: { contains: "attaquant" } } })).toBe(0);

    // The first link, sent before the budget ran out, still signs the member in.
    const link = new URL(mails[0].text.match(/https?:\/\/\S+callback\/email\S+/)![0]);
    const callback = await nextAuth("callback", "email", {
      method: "GET",
      body: {},
      query: Object.fromEntries(link.searchParams),
    });
    expect(callback.redirect).toBe("http://localhost:3000/priorisation");
    expect(callback.cookies?.map((cookie) => cookie.name)).toContain("next-auth.session-token");
  });

  it("refuses what is not one plain address the same way for everyone, sending nothing", async () => {
    for (const email of ["pas une adresse", '"a@b"@exemple.fr', "Prénom <a@exemple.fr>", "a@b@exemple.fr"]) {
      expect(await askForLink(email)).toEqual({
        status: undefined,
        redirect: "http://localhost:3000/api/auth/error?error=EmailSignin",
      });
    }
  });

  it("still refuses, after the link, an address that is not (or no longer) allowed in", async () => {
    for (const [email, reason] of [
      [stranger, "not-invited"],
      [deactivated, "deactivated"],
    ]) {
      const token = randomBytes(16).toString("hex");
      const hashed = createHash("sha256").update(`${token}${process.env.NEXTAUTH_SECRET}`).digest("hex");
      await db.verificationToken.create({
        data: { identifier: email, token: hashed, expires: new Date(Date.now() + 600_000) },
      });
      const { redirect } = await nextAuth("callback", "email", {
        method: "GET",
        query: { token, email, callbackUrl: "/" },
      });
      expect(redirect).toBe(`/connexion/erreur?error=${reason}`);
    }
  });
});

describe("sign-in requests per client", () => {
  const request = (email: string, headers: Record<string, string>) =>
    new Request("http://localhost:3000/api/auth/signin/email", {
      method: "POST",
      body: new URLSearchParams({ email, csrfToken: "x", callbackUrl: "/", json: "true" }),
      headers: { "content-type": "application/x-www-form-urlencoded", ...headers },
    });

  it("answer 429 with Retry-After past the client's limit, whatever forwarding headers it invents", async () => {
    process.env.SIGN_IN_RATE_LIMIT = "1";
    resetEnvCache();
    const socket = { [PEER_ADDRESS_HEADER]: peerAddressStamp("192.0.2.77") };
    const forged = ["198.51.100.1", "198.51.100.2, 198.51.100.3", "::1", "n'importe quoi", "", "10.0.0.1"];
    for (const [index, address] of forged.entries()) {
      const prepared = await prepareAuthRequest(
        request(uniqueEmail(`p${index}`), { ...socket, "x-forwarded-for": address, "x-real-ip": address }),
        ["signin", "email"],
      );
      expect(prepared).not.toBeInstanceOf(Response);
      expect(new URLSearchParams(await (prepared as Request).text()).get("csrfToken")).toBe("x");
    }
    const limited = await prepareAuthRequest(
      request(uniqueEmail("p"), { ...socket, "x-forwarded-for": "203.0.113.200" }),
      ["signin", "email"],
    );
    expect(limited).toBeInstanceOf(Response);
    const response = limited as Response;
    expect(response.status).toBe(429);
    expect(Number(response.headers.get("retry-after"))).toBeGreaterThan(800);
    expect(await response.json()).toEqual({
      url: expect.stringMatching(/^\/connexion\/erreur\?error=RateLimited&retry=\d+$/),
    });
    // Another client is not affected.
    expect(
      await prepareAuthRequest(request(uniqueEmail("q"), { [PEER_ADDRESS_HEADER]: peerAddressStamp("192.0.2.78") }), [
        "signin",
        "email",
      ]),
    ).not.toBeInstanceOf(Response);
  });

  it("are refused with 413 as soon as the body passes 16 KB, read or declared", async () => {
    const endless = new ReadableStream<Uint8Array>({
      pull: (controller) => controller.enqueue(new Uint8Array(4096).fill(97)),
    });
    const streamed = new Request("http://localhost:3000/api/auth/signin/email", {
      method: "POST",
      body: endless,
      duplex: "half",
    } as RequestInit);
    await expect(prepareAuthRequest(streamed, ["signin", "email"])).rejects.toBeInstanceOf(BodyTooLargeError);
    const declared = request("a@exemple.fr", { "content-length": String(1 << 30) });
    const response = await POST(declared, { params: Promise.resolve({ nextauth: ["signin", "email"] }) });
    expect(response.status).toBe(413);
    expect(await response.json()).toEqual({
      error: { code: "PAYLOAD_TOO_LARGE", message: "Le corps de la requête dépasse 16 Ko." },
    });
  });
});
