// Every page given as argument (paths under the site's URL, the first argument), as a learner on a
// 320 px or 360 px phone or a 1280 px screen sees it, in light and in dark: axe-core's WCAG 2.2 A/AA
// rules at 320 and 1280 px, and at every width no sideways scrolling (WCAG 1.4.10 Reflow), no quiz
// field sticking out of its quiz, and a right-to-left page opened at its start. Then the same
// pages printed: every quiz shows its answer. Exits 1 with a list of failures.
import { chromium } from "playwright-core";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

const [base, ...pages] = process.argv.slice(2);
const executablePath = process.env.CHROMIUM || "/usr/bin/chromium";
const axeSource = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");
const AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];
const WIDTHS = [320, 360, 1280];
const AXE_WIDTHS = [320, 1280];
const SCHEMES = ["light", "dark"];
// Pages checked at the same time, each in its own tab of one browser: the checks wait mostly on layout.
const PARALLEL = Number(process.env.MOOC_REACH_TABS || 2);

const failures = [];
const counts = { pages: 0, views: 0, axeRuns: 0, violations: 0, reflow: 0, print: 0 };
const badPages = { axe: new Set(), reflow: new Set() };
const fail = (message) => failures.push(message);

const browser = await chromium.launch({
  executablePath,
  headless: true,
  args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
    "--disable-sync", "--no-first-run", "--disable-quic"],
});
const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
// Given to every page before its own scripts: cheaper than evaluating the 500 KB after each load.
await context.addInitScript(axeSource);
const failedRequests = [];
context.on("requestfailed", (request) => failedRequests.push(request.url()));
context.on("response", (response) => { if (response.status() >= 400) failedRequests.push(response.url()); });

/** What breaks reflow on the page as laid out now: the page wider than the window, a quiz field wider than its quiz. */
function layoutProblems() {
  const problems = [];
  const root = document.documentElement;
  if (root.scrollWidth > root.clientWidth) problems.push(`page is ${root.scrollWidth} px wide in ${root.clientWidth} px`);
  if (window.scrollX !== 0) problems.push(`page opens scrolled sideways by ${window.scrollX} px`);
  document.querySelectorAll("form.quiz").forEach((form) => {
    const box = form.getBoundingClientRect();
    form.querySelectorAll("input, select, label, button").forEach((field) => {
      const r = field.getBoundingClientRect();
      if (r.width && (r.left < box.left - 0.5 || r.right > box.right + 0.5)) {
        problems.push(`${form.id}: ${field.tagName.toLowerCase()}${field.id ? "#" + field.id : ""} is ${Math.round(r.width)} px wide, `
          + `outside its ${Math.round(box.width)} px quiz`);
      }
    });
  });
  return problems;
}

/** Quizzes whose answer cannot be read in print. */
function hiddenAnswers() {
  return Array.from(document.querySelectorAll("form.quiz .quiz-answer")).filter((details) => {
    // A closed <details> hides its content with content-visibility: hidden on ::details-content.
    const last = details.lastElementChild;
    return !last || last.tagName === "SUMMARY" || getComputedStyle(details, "::details-content").contentVisibility === "hidden"
      || getComputedStyle(last).visibility !== "visible" || last.getBoundingClientRect().height === 0;
  }).map((details) => details.closest("form").id);
}

async function audit(page, path) {
  await page.goto(base + path);
  counts.pages++;
  for (const colorScheme of SCHEMES) {
    await page.emulateMedia({ media: "screen", colorScheme });
    for (const width of WIDTHS) {
      await page.setViewportSize({ width, height: 800 });
      counts.views++;
      const where = `${path} at ${width} px, ${colorScheme}`;
      const problems = await page.evaluate(layoutProblems);
      if (problems.length) {
        counts.reflow++;
        badPages.reflow.add(path);
        fail(`${where}: ${problems.join("; ")}`);
      }
      if (!AXE_WIDTHS.includes(width)) continue;
      counts.axeRuns++;
      const result = await page.evaluate((tags) => window.axe.run(document, { runOnly: { type: "tag", values: tags }, resultTypes: ["violations"], iframes: false }), AXE_TAGS);
      for (const violation of result.violations) {
        counts.violations++;
        badPages.axe.add(path);
        fail(`${where}: axe ${violation.id} (${violation.impact}) on ${violation.nodes.length} element(s): `
          + violation.nodes.slice(0, 3).map((n) => n.target.join(" ")).join(", "));
      }
    }
  }
  await page.emulateMedia({ media: "print", colorScheme: "light" });
  for (const id of await page.evaluate(hiddenAnswers)) {
    counts.print++;
    fail(`${path} in print: the answer of ${id} is hidden`);
  }
}

/** A right-to-left page on a phone (mobile viewport, touch) must open at its start, not scrolled to its end. */
async function opensAtStart(path) {
  const phone = await browser.newContext({ viewport: { width: 320, height: 640 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });
  const page = await phone.newPage();
  await page.goto(base + path);
  const scrolled = await page.evaluate(() => ({ x: window.scrollX, visual: window.visualViewport.offsetLeft + window.visualViewport.pageLeft,
    wide: document.documentElement.scrollWidth, window: window.innerWidth }));
  if (scrolled.x !== 0 || scrolled.wide > scrolled.window) {
    counts.reflow++;
    badPages.reflow.add(path);
    fail(`${path} on a phone: opens scrolled by ${scrolled.x} px in a ${scrolled.wide} px wide page (${scrolled.window} px window)`);
  }
  await phone.close();
}

const queue = [...pages];
const started = Date.now();
await Promise.all(Array.from({ length: PARALLEL }, async () => {
  const page = await context.newPage();
  for (let path = queue.shift(); path !== undefined; path = queue.shift()) {
    try {
      await audit(page, path);
    } catch (e) {
      fail(`${path}: ${e.message.split("\n")[0]}`);
    }
  }
  await page.close();
}));
for (const path of pages.filter((p) => /^(ar|fa|he|ur)\//.test(p))) {
  await opensAtStart(path);
}
for (const url of new Set(failedRequests)) fail(`request failed: ${url}`);

await browser.close();
console.log(`reach: ${counts.pages} pages, ${counts.views} views, ${counts.axeRuns} axe runs in ${((Date.now() - started) / 1000).toFixed(1)} s; `
  + `${counts.violations} axe violations (rule x view) on ${badPages.axe.size} pages, ${counts.reflow} views that do not reflow on ${badPages.reflow.size} pages, `
  + `${counts.print} answers hidden in print`);
if (failures.length) {
  console.error(failures.join("\n"));
  process.exit(1);
}
console.log("all reach checks passed");
