// A lesson of an exported SCORM 1.2 package in an LMS. The argument URL serves the unzipped
// packages, one per language folder (en/, ar/), and the second argument is that folder on disk.
// For each language, a harness page on the same address plays the LMS: it holds scorm-again's
// SCORM 1.2 runtime as window.API, set up from the package's manifest (mastery score), and loads
// the lesson in a frame. The lesson's quizzes are answered by keyboard, wrong then right; the
// frame is left; what the runtime recorded is checked (status, score, suspend data, session
// time, commit and finish). A second launch, in a fresh browser profile given the first launch's
// data as an LMS would, must show the answers again. A module introduction (no quizzes) must
// report "completed"; the lesson opened without an LMS must work as on the site; and every page
// of the package opened from the folder (file://) must load without a request leaving it.
// Exits 1 with a list of failures.
import { readFileSync } from "node:fs";
import { chromium } from "playwright-core";

const base = process.argv[2];
const folder = process.argv[3];
const runtime = readFileSync(new URL("./node_modules/scorm-again/dist/scorm12.min.js", import.meta.url), "utf8");
const failures = [];
const check = (ok, message) => { if (!ok) failures.push(message); };

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
  headless: true,
  args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
    "--disable-sync", "--no-first-run", "--disable-quic", "--allow-file-access-from-files"],
});

// The LMS side: the runtime, every call the lesson makes (with the error code after it), and a frame.
const HARNESS = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>LMS</title>
<script src="scorm12.js"></script>
<script>
  window.API = new Scorm12API({ logLevel: 5, autocommit: false });
  window.calls = [];
  for (const name of ["LMSInitialize", "LMSSetValue", "LMSCommit", "LMSFinish"]) {
    const call = API[name].bind(API);
    API[name] = (...args) => {
      const result = call(...args);
      calls.push({ name, args, result: String(result), error: String(API.LMSGetLastError()) });
      return result;
    };
  }
</script></head><body><iframe id="sco" title="lesson" style="width:100%;height:90vh"></iframe></body></html>`;

/** A page of the harness: its two files are served at `${base}__lms/`, the same address as the package. */
async function harness(context) {
  await context.route(`${base}__lms/**`, (route) => {
    const script = route.request().url().endsWith("/scorm12.js");
    route.fulfill({ status: 200, contentType: script ? "text/javascript" : "text/html; charset=utf-8",
      body: script ? runtime : HARNESS });
  });
  const page = await context.newPage();
  await page.goto(`${base}__lms/harness.html`);
  return page;
}

/** Reads the package's manifest: each SCO's item id, page and mastery score. */
async function manifest(page, lang) {
  return page.evaluate(async (url) => {
    const xml = new DOMParser().parseFromString(await (await fetch(url)).text(), "application/xml");
    const byId = {};
    for (const r of xml.getElementsByTagName("resource")) byId[r.getAttribute("identifier")] = r.getAttribute("href");
    return Array.from(xml.getElementsByTagName("item")).filter((i) => i.getAttribute("identifierref")).map((i) => ({
      id: i.getAttribute("identifier"),
      href: byId[i.getAttribute("identifierref")],
      mastery: (i.getElementsByTagNameNS("http://www.adlnet.org/xsd/adlcp_rootv1p2", "masteryscore")[0] || {}).textContent,
    }));
  }, `${base}${lang}/imsmanifest.xml`);
}

/** Launches a SCO as an LMS does: data from an earlier launch and the manifest's mastery score first, then the page. */
async function launch(page, lang, sco, earlier) {
  await page.evaluate(([data, mastery]) => {
    if (data) API.loadFromJSON(data);
    if (mastery) API.cmi.student_data.mastery_score = mastery;
  }, [earlier, sco.mastery || ""]);
  await page.evaluate((src) => { document.getElementById("sco").src = src; }, `../${lang}/${sco.href}`);
  await page.waitForFunction(() => calls.some((c) => c.name === "LMSInitialize"));
  return page.frame({ url: (u) => u.pathname.endsWith(sco.href) });
}

/** Leaves the lesson as an LMS does when the learner moves on: the frame is emptied. */
async function leave(page) {
  await page.evaluate(() => { document.getElementById("sco").src = "about:blank"; });
  await page.waitForFunction(() => calls.some((c) => c.name === "LMSFinish"));
}

// What the runtime holds; session time and exit are write-only in SCORM 1.2, so they are read from the calls.
const recorded = (page) => page.evaluate(() => {
  const written = (key) => calls.filter((c) => c.name === "LMSSetValue" && c.args[0] === key).map((c) => c.args[1]).pop();
  return { status: API.cmi.core.lesson_status, raw: API.cmi.core.score.raw, min: API.cmi.core.score.min,
    max: API.cmi.core.score.max, suspend: API.cmi.suspend_data, session: written("cmi.core.session_time"),
    exit: written("cmi.core.exit"), calls };
});

/** Presses Tab until focus is on `selector` inside the form `id`, in the lesson's frame. */
async function tabTo(page, frame, selector, id) {
  for (let i = 0; i < 300; i++) {
    await page.keyboard.press("Tab");
    if (await frame.evaluate(([sel, formId]) => {
      const el = document.activeElement;
      return !!el && el.matches(sel) && !!el.closest("#" + CSS.escape(formId));
    }, [selector, id])) return;
  }
  throw new Error(`could not reach ${selector} in ${id} with Tab`);
}

/** Answers a choice quiz with the keyboard: Space picks the first option, arrows move the choice. */
async function choose(page, frame, quiz, right) {
  const count = await frame.locator(`#${quiz.form} input[type=radio]`).count();
  const option = right ? quiz.data.correct[0] : [...Array(count).keys()].find((i) => !quiz.data.correct.includes(i));
  await tabTo(page, frame, "input[type=radio]", quiz.form);
  await page.keyboard.press("Home");
  await page.keyboard.press("Space");
  for (let i = 0; i < option; i++) await page.keyboard.press("ArrowDown");
  await tabTo(page, frame, "button.quiz-check", quiz.form);
  await page.keyboard.press("Enter");
}

const quizzesOf = (frame) => frame.evaluate(() => Array.from(document.querySelectorAll("form.quiz"))
  .map((f) => ({ form: f.id, data: JSON.parse(f.querySelector(".quiz-data").textContent) })));
const feedback = (frame, form) => frame.evaluate((id) => document.querySelector(`#${CSS.escape(id)} .quiz-feedback`).textContent, form);
const TIME = /^\d{2,4}:\d{2}:\d{2}(\.\d{1,2})?$/;

for (const lang of ["en", "ar"]) {
  // First launch: the lesson's quizzes wrong, then right.
  const first = await browser.newContext();
  let lms = await harness(first);
  const scos = await manifest(lms, lang);
  const sco = scos.find((s) => s.href.endsWith("/justice-and-education.html"));
  check(sco && sco.mastery === "80", `${lang}: the lesson's item has no mastery score 80 in the manifest`);
  if (!sco) continue;
  let frame = await launch(lms, lang, sco, null);
  await frame.waitForFunction(() => document.querySelectorAll("button.quiz-check:not([hidden])").length > 0);
  check(await frame.evaluate(() => document.documentElement.dir) === (lang === "ar" ? "rtl" : "ltr"), `${lang}: direction`);
  let now = await recorded(lms);
  check(now.status === "incomplete" && now.raw === "", `${lang}: before any answer: ${now.status}, score "${now.raw}"`);
  check(await frame.evaluate(() => [".course-nav", ".pager", ".breadcrumbs"]
    .every((s) => !document.querySelector(s) || document.querySelector(s).hidden)),
  `${lang}: the page's own navigation between lessons is shown inside the LMS`);
  const quizzes = await quizzesOf(frame);
  check(quizzes.length === 2 && quizzes.every((q) => ["single", "true-false"].includes(q.data.type)),
    `${lang}: expected the lesson's single-choice and true/false quizzes, found ${JSON.stringify(quizzes.map((q) => q.data.type))}`);
  await frame.locator("main").focus();
  for (const quiz of quizzes) await choose(lms, frame, quiz, false);
  now = await recorded(lms);
  check(quizzes.every((q) => now.suspend.includes(q.data.id)), `${lang}: suspend data after wrong answers: ${now.suspend}`);
  check(now.status === "failed" && now.raw === "0", `${lang}: after two wrong answers: ${now.status} ${now.raw}`);
  check(now.calls.some((c) => c.name === "LMSCommit"), `${lang}: an answer was not committed`);
  for (const quiz of quizzes) {
    await choose(lms, frame, quiz, true);
    check((await feedback(frame, quiz.form)).startsWith(quiz.data.messages.correct), `${lang}: ${quiz.form} right answer not shown as correct`);
  }
  await leave(lms);
  now = await recorded(lms);
  check(now.status === "passed", `${lang}: status after leaving is ${now.status}, not passed`);
  check(now.raw === "100" && now.min === "0" && now.max === "100", `${lang}: score ${now.raw} (${now.min}-${now.max})`);
  check(TIME.test(now.session) && now.session !== "00:00:00.00", `${lang}: session time ${now.session}`);
  check(now.exit === "suspend", `${lang}: exit ${now.exit}`);
  const saved = JSON.parse(now.suspend);
  check(quizzes.every((q) => saved.q[q.data.id] && saved.q[q.data.id].saved !== null && saved.q[q.data.id].correct === true),
    `${lang}: suspend data does not hold the right answers: ${now.suspend}`);
  check(now.calls[0].name === "LMSInitialize" && now.calls[now.calls.length - 1].name === "LMSFinish",
    `${lang}: calls do not start with LMSInitialize and end with LMSFinish`);
  check(now.calls.every((c) => c.result === "true" && c.error === "0"),
    `${lang}: a call failed: ${JSON.stringify(now.calls.filter((c) => c.result !== "true" || c.error !== "0"))}`);
  const finishes = now.calls.filter((c) => c.name === "LMSFinish").length;
  check(finishes === 1, `${lang}: LMSFinish called ${finishes} times`);
  const kept = { core: { lesson_status: now.status, entry: "resume", score: { raw: now.raw, min: now.min, max: now.max } },
    suspend_data: now.suspend };
  await first.close();

  // Relaunch in a fresh profile (nothing in localStorage): the answers come back from the LMS's data.
  const second = await browser.newContext();
  lms = await harness(second);
  frame = await launch(lms, lang, sco, kept);
  await frame.waitForFunction(() => document.querySelectorAll("button.quiz-check:not([hidden])").length > 0);
  check(await frame.evaluate(() => localStorage.length) === 0, `${lang}: the relaunch's profile has saved answers of its own`);
  for (const quiz of await quizzesOf(frame)) {
    check((await feedback(frame, quiz.form)).startsWith(quiz.data.messages.correct), `${lang}: relaunch does not show ${quiz.form} answered right`);
    check(await frame.evaluate(([id, correct]) => document.querySelector(`#${CSS.escape(id)} input[value="${correct}"]`).checked,
      [quiz.form, quiz.data.correct[0]]), `${lang}: relaunch does not check the answer of ${quiz.form}`);
  }
  check((await recorded(lms)).status === "passed", `${lang}: relaunch changed the status of a passed lesson while open`);
  await leave(lms);
  now = await recorded(lms);
  check(now.status === "passed" && now.raw === "100", `${lang}: after relaunch ${now.status} ${now.raw}`);
  await second.close();

  // A module introduction has no quizzes: completed once left, with no score.
  const third = await browser.newContext();
  lms = await harness(third);
  const intro = scos.find((s) => s.href.endsWith("/index.html"));
  await launch(lms, lang, intro, null);
  await leave(lms);
  now = await recorded(lms);
  check(now.status === "completed" && now.raw === "", `${lang}: module introduction reports ${now.status} ${now.raw}`);
  await third.close();

  // Without an LMS the page is the site's: its navigation shown, answers kept in localStorage.
  const plain = await browser.newContext();
  const page = await plain.newPage();
  await page.goto(`${base}${lang}/${sco.href}`);
  check(await page.locator(".course-nav").isVisible(), `${lang}: no course navigation outside an LMS`);
  const main = page.mainFrame();
  await main.locator("main").focus();
  const quiz = (await quizzesOf(main))[0];
  await choose(page, main, quiz, true);
  check((await feedback(main, quiz.form)).startsWith(quiz.data.messages.correct), `${lang}: outside an LMS a right answer is not shown as correct`);
  check(await page.evaluate(() => Object.keys(localStorage).some((k) => k.startsWith("mooc-progress:"))),
    `${lang}: outside an LMS the answer is not kept in localStorage`);
  await plain.close();

  // Every page of the package from the unzipped folder: nothing requested outside it, nothing failed.
  const offline = await browser.newContext();
  const reader = await offline.newPage();
  const root = `file://${folder}/${lang}/`;
  const problems = [];
  reader.on("request", (r) => { if (!r.url().startsWith(root)) problems.push(`request outside the package: ${r.url()}`); });
  reader.on("requestfailed", (r) => problems.push(`failed: ${r.url()}`));
  reader.on("pageerror", (e) => problems.push(`script error: ${e.message}`));
  const pages = readFileSync(`${folder}/${lang}/imsmanifest.xml`, "utf8").match(/href="[^"]+\.html"/g)
    .map((h) => h.slice(6, -1));
  for (const href of new Set(pages)) {
    await reader.goto(root + href);
    await reader.waitForLoadState("load");
  }
  check(pages.length > 15, `${lang}: the manifest lists only ${pages.length} pages`);
  check(problems.length === 0, `${lang}: ${problems.join("; ")}`);
  await offline.close();
}

await browser.close();
if (failures.length) {
  console.log(failures.join("\n"));
  process.exit(1);
}
console.log("all SCORM checks passed");
