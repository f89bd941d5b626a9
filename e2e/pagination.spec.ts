import { test, expect, expectAccessible } from "./fixtures.ts";

const pagination = (page: import("@playwright/test").Page) => page.getByRole("navigation", { name: "Pagination" });

for (const list of [
  { path: "/irritants", noun: "irritants", heading: "Irritants" },
  { path: "/donnees", noun: "données", heading: "Données" },
]) {
  test(`${list.path} is paginated: page 2 shows other entries and the current page is marked`, async ({ page }) => {
    await page.goto(list.path);
    const status = page.getByRole("status").filter({ hasText: new RegExp(`\\d+ ${list.noun} · page 1 sur \\d+`) });
    await expect(status).toBeVisible();
    const firstPage = await page.locator("main h2 a, main tbody th a").allTextContents();
    await expect(pagination(page).getByRole("link", { name: "1", exact: true })).toHaveAttribute(
      "aria-current",
      "true",
    );
    await pagination(page).getByRole("link", { name: "2", exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`${list.path}\\?page=2$`));
    await expect(page.getByRole("status").filter({ hasText: "page 2 sur" })).toBeVisible();
    const secondPage = await page.locator("main h2 a, main tbody th a").allTextContents();
    expect(secondPage.length).toBeGreaterThan(0);
    expect(secondPage.filter((title) => firstPage.includes(title))).toEqual([]);
    await expect(pagination(page).getByRole("link", { name: "2", exact: true })).toHaveAttribute(
      "aria-current",
      "true",
    );
    await expectAccessible(page);
  });

  test(`${list.path} serves the first or the last page for a page number out of range or not a number, never an error`, async ({
    page,
    request,
  }) => {
    for (const value of ["0", "-1", "abc", "%00", "%07%1B", "1.5", "", "99999999999999999999"]) {
      const response = await page.goto(`${list.path}?page=${value}`);
      expect(response?.status(), value).toBe(200);
      await expect(page.getByRole("status").filter({ hasText: "page 1 sur" }), value).toBeVisible();
    }
    const response = await page.goto(`${list.path}?page=1000000000`);
    expect(response?.status()).toBe(200);
    const last = page.getByRole("status").filter({ hasText: /page (\d+) sur \1$/ });
    await expect(last).toBeVisible();
    await expect(page.getByRole("heading", { level: 1, name: list.heading })).toBeVisible();
    const repeated = await request.get(`${list.path}?page=2&page=abc`);
    expect(repeated.status()).toBe(200);
  });
}

test("the pages of a filtered list keep its filters", async ({ page }) => {
  // The seeded catalogue holds more data items available by API than one page shows.
  await page.goto("/donnees?disponibilite=DISPONIBLE");
  await expect(page.getByRole("status").filter({ hasText: /page 1 sur 2/ })).toBeVisible();
  const next = pagination(page).getByRole("link", { name: "2", exact: true });
  await expect(next).toHaveAttribute("href", "/donnees?disponibilite=DISPONIBLE&page=2");
  await next.click();
  await expect(page.getByRole("status").filter({ hasText: /page 2 sur 2/ })).toBeVisible();
  await expect(page.getByLabel("Disponibilité", { exact: true })).toHaveValue("DISPONIBLE");
  const availability = page.locator("main tbody tr td:nth-child(2)");
  expect((await availability.allTextContents()).every((text) => text === "Disponible")).toBe(true);
  await expectAccessible(page);
});

test("the demo mailbox is paginated too and never fails on its page number", async ({ page }) => {
  for (const value of ["2", "0", "-1", "abc", "%00", "1000000000"]) {
    const response = await page.goto(`/dev/mailbox?page=${value}`);
    expect(response?.status(), value).toBe(200);
    await expect(page.getByRole("heading", { level: 1, name: "Boîte de réception de démonstration" })).toBeVisible();
    await expect(page.getByRole("status").filter({ hasText: /\d+ messages?/ })).toBeVisible();
  }
  await expectAccessible(page);
});
