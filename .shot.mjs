import { chromium } from "@playwright/test";
const browser = await chromium.launch({
  executablePath: "/usr/bin/chromium",
  args: [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
  ],
});
const [path, name, width] = process.argv.slice(2);
for (const scheme of ["light", "dark"]) {
  const context = await browser.newContext({
    colorScheme: scheme,
    viewport: { width: Number(width ?? 1280), height: 900 },
  });
  const page = await context.newPage();
  page.on("console", (m) => {
    if (m.type() === "error") console.log("console", m.text().slice(0, 200));
  });
  await page.goto("http://localhost:3204" + path, { waitUntil: "load", timeout: 60000 });
  await page.waitForTimeout(1000);
  await page.screenshot({ path: `/tmp/${name}-${scheme}.png`, fullPage: true });
}
await browser.close();
