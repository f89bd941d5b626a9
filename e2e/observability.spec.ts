import { test, expect, expectAccessible } from "./fixtures.ts";
import { serverLogRecords } from "./server-log.ts";

test("a failing page shows a reference that the server logged with the request id", async ({ page }) => {
  const response = await page.goto("/dev/erreur");
  expect(response?.status()).toBe(500);
  await expect(page.getByRole("heading", { level: 1, name: "Une erreur est survenue" })).toBeVisible();
  const reference = (await page.getByTestId("error-reference").textContent())!.trim();
  expect(reference).not.toBe("");
  const requestId = response!.headers()["x-request-id"];
  expect(requestId).toMatch(/^[0-9a-f-]{36}$/);
  await expect
    .poll(() => serverLogRecords().find((record) => record.digest === reference))
    .toMatchObject({
      level: "error",
      requestId,
      path: "/dev/erreur",
      msg: "requête en erreur",
      err: { message: expect.stringContaining("Erreur provoquée") },
    });
  await expectAccessible(page);
});

test("a sane incoming request id is kept, an unsafe one replaced, on pages and API routes alike", async ({
  request,
}) => {
  for (const path of ["/", "/api/health", "/api/public/v1/use-cases"]) {
    const kept = await request.get(path, { headers: { "x-request-id": "lb-0123456789abcdef" } });
    expect(kept.headers()["x-request-id"], path).toBe("lb-0123456789abcdef");
    for (const unsafe of ['forged"}{"level":"fatal', "with spaces inside", "short"]) {
      const replaced = await request.get(path, { headers: { "x-request-id": unsafe } });
      expect(replaced.headers()["x-request-id"], path).toMatch(
        /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
      );
    }
  }
});

test("the server log is JSON with a request id on each line about a request, and no e-mail address", async () => {
  const records = serverLogRecords();
  expect(records.length).toBeGreaterThan(0);
  for (const record of records) {
    expect(typeof record.level).toBe("string");
    expect(record.requestId).toEqual(expect.any(String));
  }
  expect(JSON.stringify(records)).not.toMatch(/@[a-z0-9-]+\.example\.org/);
});
