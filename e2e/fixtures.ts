import { randomUUID } from "node:crypto";
import AxeBuilder from "@axe-core/playwright";
import { expect, test as base, type Browser, type Page, type Request as ApiRequest } from "@playwright/test";

export const ADMIN_EMAIL = "camille.laurent@dgefp.example.org";
export const MEMBER_EMAIL = "ines.benali@normandie.example.org";

export const uniqueEmail = (prefix: string) => `${prefix}.${randomUUID().slice(0, 8)}@e2e.example.org`;

export type TTheme = "light" | "dark";

/**
 * Shows the page in this DSFR theme as its display settings do: the DSFR's script applies the scheme attribute
 * (and keeps it in localStorage `scheme` for the next pages).
 */
export async function showTheme(page: Page, theme: TTheme) {
  await page.evaluate((scheme) => document.documentElement.setAttribute("data-fr-scheme", scheme), theme);
  await expect(page.locator("html")).toHaveAttribute("data-fr-theme", theme);
}

/** Fails on any WCAG 2.1 A/AA violation of the page as it is now, or in the theme given. */
export async function expectAccessible(page: Page, { theme }: { theme?: TTheme } = {}) {
  if (theme) await showTheme(page, theme);
  // Next streams the metadata after the page and re-renders it when a server action refreshes the route:
  // analysing in between would report a title missing for an instant. A page without one fails here.
  await expect(page, "la page doit avoir un titre").toHaveTitle(/\S/);
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(
    results.violations.map(
      (violation) =>
        `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(" ")).join(", ")})`,
    ),
  ).toEqual([]);
}

/** The newest sign-in link sent to this address, read from the demo mailbox. */
export async function latestSignInLink(page: Page, email: string): Promise<string> {
  let link: string | undefined;
  await expect(async () => {
    const response = await page.request.get(`/api/dev/mailbox?to=${encodeURIComponent(email)}&limit=1`);
    const { mails } = (await response.json()) as { mails: { subject: string; text: string }[] };
    link = mails
      .find((mail) => mail.subject.includes("lien de connexion"))
      ?.text.match(/https?:\/\/\S+callback\/email\S+/)?.[0];
    expect(link).toBeTruthy();
  }).toPass({ timeout: 10_000 });
  return link!;
}

export async function requestMagicLink(page: Page, email: string) {
  await page.goto("/connexion");
  await page.getByLabel("Adresse e-mail").fill(email);
  await page.getByRole("button", { name: "Recevoir le lien" }).click();
}

export async function signInByMagicLink(page: Page, email: string) {
  await requestMagicLink(page, email);
  await expect(page.getByRole("heading", { name: "Vérifiez votre messagerie" })).toBeVisible();
  await page.goto(await latestSignInLink(page, email));
  await expect(page.getByRole("button", { name: "Se déconnecter" })).toBeVisible();
}

const REQUIRED_HEADERS = ["content-security-policy", "x-content-type-options", "referrer-policy", "x-frame-options"];

/** A separate browser (own cookies) signed in as this member: for flows with several people. */
export async function signedInPage(browser: Browser, email: string): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signInByMagicLink(page, email);
  return page;
}

/**
 * Every page the suite visits is checked for the security headers: each
 * navigation of the app's own origin must carry them (redirects aside), and
 * nothing the app serves may be refused by its own content security policy.
 */
// `void`: Playwright's type for an automatic fixture that gives the test no value.
// eslint-disable-next-line @typescript-eslint/no-invalid-void-type
export const test = base.extend<{ securityHeaders: void }>({
  securityHeaders: [
    async ({ page, baseURL }, use) => {
      const missing: string[] = [];
      page.on("console", (message) => {
        if (message.type() === "error" && message.text().includes("Content Security Policy"))
          missing.push(`${page.url()} : ${message.text()}`);
      });
      page.on("response", (response) => {
        const request = response.request();
        if (
          request.resourceType() !== "document" ||
          !response.url().startsWith(baseURL!) ||
          (response.status() >= 300 && response.status() < 400)
        )
          return;
        const headers = response.headers();
        for (const name of REQUIRED_HEADERS) if (!headers[name]) missing.push(`${response.url()} : ${name}`);
        if (
          headers["content-security-policy"] &&
          !headers["content-security-policy"].includes("frame-ancestors 'none'")
        )
          missing.push(`${response.url()} : frame-ancestors`);
      });
      await use();
      expect(missing).toEqual([]);
    },
    { auto: true },
  ],
});
export { expect };
export type { ApiRequest };
