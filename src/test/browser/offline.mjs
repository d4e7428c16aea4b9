// Opens every page of unzipped offline packages from disk (file://), as a learner without a
// connection would, and fails on any request that leaves the package's folder or fails, and on
// any script error. Arguments: the folders. Exits 1 with a list of failures.
import { readdirSync } from "node:fs";
import { join, relative } from "node:path";
import { pathToFileURL } from "node:url";
import { chromium } from "playwright-core";

const folders = process.argv.slice(2);
const executablePath = process.env.CHROMIUM || "/usr/bin/chromium";
const failures = [];

function pagesIn(folder) {
  const found = [];
  for (const entry of readdirSync(folder, { withFileTypes: true, recursive: true })) {
    if (entry.isFile() && entry.name.endsWith(".html")) found.push(join(entry.parentPath ?? entry.path, entry.name));
  }
  return found.sort();
}

const browser = await chromium.launch({
  executablePath,
  headless: true,
  args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
    "--disable-sync", "--no-first-run", "--disable-quic"],
});
let opened = 0;
for (const folder of folders) {
  const inside = pathToFileURL(folder).href + "/";
  const context = await browser.newContext({ offline: true });
  const page = await context.newPage();
  let at = "";
  page.on("request", (request) => {
    if (!request.url().startsWith(inside)) failures.push(`${at}: requested ${request.url()}, outside the package`);
  });
  page.on("requestfailed", (request) => failures.push(`${at}: ${request.url()} failed (${request.failure()?.errorText})`));
  page.on("pageerror", (error) => failures.push(`${at}: script error ${error.message}`));
  for (const file of pagesIn(folder)) {
    at = relative(folder, file);
    await page.goto(pathToFileURL(file).href, { waitUntil: "load" });
    opened++;
  }
  // The package's front door leads to the course: follow links from index.html to a lesson.
  at = "index.html";
  await page.goto(inside + "index.html");
  await page.click("main a[href]");
  await page.click("main a[href]");
  const course = await page.$("main a.button");
  if (!course) failures.push(`${folder}: the language's course list leads to no course home`);
  else {
    await course.click();
    if (!(await page.$("article.lesson"))) failures.push(`${folder}: "start the course" opened no lesson`);
  }
  await context.close();
}
await browser.close();
if (failures.length) {
  console.log(failures.join("\n"));
  process.exit(1);
}
console.log(`all ${opened} pages of ${folders.length} packages opened from disk with no request outside`);
