// Opens each page given (paths after the site's URL) as a learner would and does what sets off
// a planted script: hovers and clicks every element of the main content, tabs through the page,
// answers every quiz (wrong and right) and checks it. Any alert, confirm or prompt, any handler
// attribute, script address (but the layout's empty icon, data:,) or inline position style left in the page, is a failure. Exits 1 with the list.
import { chromium } from "playwright-core";

const [base, ...paths] = process.argv.slice(2);
const failures = [];
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
  headless: true,
  args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
    "--disable-sync", "--no-first-run", "--disable-quic"],
});

for (const path of paths) {
  const page = await browser.newPage();
  const fired = [];
  page.on("dialog", async dialog => { fired.push(dialog.message()); await dialog.dismiss(); });
  const response = await page.goto(base + path, { waitUntil: "load" });
  if (!response || !response.ok()) failures.push(`${path}: not served (${response && response.status()})`);
  const handlers = await page.evaluate(() => [...document.querySelectorAll("*")]
    .flatMap(el => [...el.attributes].filter(a => /^on/i.test(a.name) || (a.name === "style" && /position/i.test(a.value))
      || (/^(href|src|action|formaction)$/i.test(a.name) && /^\s*(javascript|vbscript|data):/i.test(el[a.name] || a.value)
        // The layout's empty icon, which spares the request for /favicon.ico, is the one data address allowed.
        && !(el.tagName === "LINK" && el.rel === "icon" && a.value === "data:,")))
      .map(a => `<${el.tagName.toLowerCase()} ${a.name}>`)));
  if (handlers.length) failures.push(`${path}: attributes that could run script: ${handlers.join(", ")}`);
  for (let i = 0; i < 60; i++) await page.keyboard.press("Tab");
  const elements = await page.$$("main *");
  for (const element of elements.slice(0, 400)) {
    if (!(await element.isVisible())) continue;
    await element.hover({ timeout: 500 }).catch(() => {});
  }
  for (const input of await page.$$("main form input[type=radio], main form input[type=checkbox]")) {
    await input.check({ timeout: 500 }).catch(() => {});
    const form = await input.evaluateHandle(el => el.form);
    const button = await form.$("button.quiz-check");
    if (button && await button.isVisible()) await button.click({ timeout: 500 }).catch(() => {});
  }
  await page.waitForTimeout(200);
  if (fired.length) failures.push(`${path}: a script ran: ${fired.join(" | ")}`);
  if (!page.url().startsWith(base)) failures.push(`${path}: the page navigated away to ${page.url()}`);
  await page.close();
}
await browser.close();
if (failures.length) {
  console.log(failures.join("\n"));
  process.exit(1);
}
console.log(`no script ran on ${paths.length} pages`);
