import { test, expect, expectAccessible } from "./fixtures.ts";

test("the site map links every page, each of which answers, and the legal notice names the host and contact", async ({
  page,
  request,
}) => {
  await page.goto("/plan-du-site");
  await expect(page.getByRole("heading", { level: 1, name: "Plan du site" })).toBeVisible();
  await expectAccessible(page);
  const hrefs = await page
    .locator("main a[href^='/']")
    .evaluateAll((links) => links.map((link) => link.getAttribute("href") ?? ""));
  expect(hrefs.length).toBeGreaterThan(20);
  for (const href of hrefs) {
    // Member and admin pages send a visitor to the sign-in page; none is missing.
    const response = await request.get(href, { maxRedirects: 0 });
    expect([200, 303, 307], `${href} : ${response.status()}`).toContain(response.status());
  }

  await page.goto("/mentions-legales");
  await expect(page.getByRole("heading", { level: 2, name: "Hébergement" })).toBeVisible();
  await expect(page.getByRole("link", { name: "contact@atelier-efop.local" })).toBeVisible();
  await expectAccessible(page);
  await page.goto("/accessibilite");
  await expect(page.getByRole("link", { name: "contact@atelier-efop.local" })).toHaveAttribute(
    "href",
    "mailto:contact@atelier-efop.local",
  );
});

test("the published sheets have an Atom feed, announced by the list page", async ({ page, request }) => {
  await page.goto("/cas-usage");
  const announced = await page.locator("link[rel='alternate'][type='application/atom+xml']").getAttribute("href");
  expect(announced).toMatch(/\/cas-usage\/flux\.atom$/);
  const response = await request.get("/cas-usage/flux.atom");
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("application/atom+xml; charset=utf-8");
  const xml = await response.text();
  expect(xml).toContain('<feed xmlns="http://www.w3.org/2005/Atom">');
  expect(xml).toContain("/cas-usage/formation-financee</id>");
});
