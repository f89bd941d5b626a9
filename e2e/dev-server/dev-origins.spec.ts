import { env } from "../../lib/config/env.ts";
import { networkInterfaces } from "node:os";
import { expect, test } from "@playwright/test";

const DEV_PORT = env().E2E_DEV_PORT;

// This machine's first network address: how another machine of the local network reaches it.
const lanAddress = Object.values(networkInterfaces())
  .flatMap((list) => list ?? [])
  .find((entry) => entry.family === "IPv4" && !entry.internal)?.address;

const hosts = [
  { label: "127.0.0.1", origin: `http://127.0.0.1:${DEV_PORT}` },
  { label: "[::1]", origin: `http://[::1]:${DEV_PORT}` },
  { label: "the machine's network address", origin: lanAddress ? `http://${lanAddress}:${DEV_PORT}` : null },
];

for (const { label, origin } of hosts) {
  test(`npm run dev opened at ${label} hydrates: client code runs`, async ({ page }) => {
    test.skip(!origin, "cette machine n'a pas d'adresse réseau IPv4");
    const blocked: string[] = [];
    page.on("response", (response) => {
      if (response.status() === 403 && response.url().includes("/_next/")) blocked.push(response.url());
    });
    await page.goto(`${origin}/connexion`);
    await expect(page.getByRole("heading", { level: 1, name: "Connexion" })).toBeVisible();
    // Handled by React only: before hydration the form would be posted by the browser and no message shown.
    await page.getByLabel("Adresse e-mail").fill("pas-une-adresse");
    await page.getByRole("button", { name: "Recevoir le lien" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "Saisissez une adresse e-mail valide" })).toBeVisible();
    expect(new URL(page.url()).search).toBe("");
    expect(blocked).toEqual([]);
  });
}
