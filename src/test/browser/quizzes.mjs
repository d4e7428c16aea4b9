// Answers one quiz of every type, wrong and then right, with the keyboard alone, in English
// and in Arabic, against the built example site served at the URL given as argument; checks
// the feedback text and the live region, reloads to check the answer was remembered, and
// checks the course home shows the progress. Exits 1 with a list of failures.
import { chromium } from "playwright-core";

const base = process.argv[2];
const executablePath = process.env.CHROMIUM || "/usr/bin/chromium";
const failures = [];
const check = (ok, message) => { if (!ok) failures.push(message); };

const browser = await chromium.launch({
  executablePath,
  headless: true,
  args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
    "--disable-sync", "--no-first-run", "--disable-quic"],
});

/** Presses Tab until the focused element matches the selector: the way a keyboard user gets there. */
async function tabTo(page, selector, containerId) {
  for (let i = 0; i < 400; i++) {
    await page.keyboard.press("Tab");
    const there = await page.evaluate(([sel, id]) => {
      const el = document.activeElement;
      return !!el && el.matches(sel) && !!el.closest(id === "main" ? "main" : "#" + CSS.escape(id));
    }, [selector, containerId]);
    if (there) return;
  }
  throw new Error(`could not reach ${selector} in ${containerId} with Tab`);
}

async function pickOption(page, index) {
  // A focused, closed select moves through its options with the arrow keys.
  await page.keyboard.press("Home");
  for (let i = 0; i < index; i++) await page.keyboard.press("ArrowDown");
}

async function answer(page, form, data, right) {
  const id = form;
  switch (data.type) {
    case "single":
    case "true-false": {
      const wrong = [0, 1, 2, 3].find((i) => !data.correct.includes(i));
      const target = right ? data.correct[0] : wrong;
      await tabTo(page, "input[type=radio]", id);
      if (target === 0) await page.keyboard.press("Space");
      for (let i = 0; i < target; i++) await page.keyboard.press("ArrowDown");
      break;
    }
    case "multiple": {
      const count = await page.locator(`#${id} input[type=checkbox]`).count();
      const wanted = right ? data.correct : [data.correct[0]];
      await tabTo(page, "input[type=checkbox]", id);
      for (let i = 0; i < count; i++) {
        if (wanted.includes(i)) await page.keyboard.press("Space");
        if (i < count - 1) await page.keyboard.press("Tab");
      }
      break;
    }
    case "numeric":
      await tabTo(page, "input[type=text]", id);
      await page.keyboard.type(String(right ? data.number : data.number + data.tolerance + 7));
      break;
    case "short-text":
      await tabTo(page, "input[type=text]", id);
      await page.keyboard.type(right ? data.accepted[0].toUpperCase() : "something else entirely");
      break;
    case "ordering":
    case "matching": {
      const n = data.correct.length;
      await tabTo(page, "select", id);
      for (let i = 0; i < n; i++) {
        let option = 1;
        if (right) option = data.type === "ordering" ? data.correct[i] : ((data.correct[i] - 1 + n) % n) + 1;
        await pickOption(page, option);
        if (i < n - 1) await page.keyboard.press("Tab");
      }
      break;
    }
  }
  await tabTo(page, "button.quiz-check", id);
  await page.keyboard.press("Enter");
}

async function feedback(page, id) {
  return page.evaluate((formId) => {
    const region = document.querySelector(`#${CSS.escape(formId)} .quiz-feedback`);
    return { text: region.textContent, live: region.getAttribute("aria-live"), role: region.getAttribute("role") };
  }, id);
}

for (const lang of ["en", "ar"]) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const quizzes = await (await page.request.get(`${base}${lang}/ai-public-sector/quizzes.json`)).json();
  const types = ["single", "multiple", "true-false", "numeric", "short-text", "ordering", "matching"];
  for (const type of types) {
    const quiz = quizzes.quizzes.find((q) => q.type === type);
    check(quiz, `${lang}: no ${type} quiz in quizzes.json`);
    if (!quiz) continue;
    const url = `${base}${lang}/${quiz.lesson}`;
    const id = "quiz-" + quiz.id;
    await page.goto(url);
    await page.evaluate(() => localStorage.clear());
    await page.reload();
    check(await page.evaluate(() => document.documentElement.dir) === (lang === "ar" ? "rtl" : "ltr"), `${lang}: direction`);
    const data = await page.evaluate((formId) => JSON.parse(document.querySelector(`#${CSS.escape(formId)} .quiz-data`).textContent), id);

    await answer(page, id, data, false);
    let shown = await feedback(page, id);
    check(shown.text.startsWith(data.messages.incorrect), `${lang} ${type}: a wrong answer says "${shown.text}"`);
    check(shown.live === "polite" && shown.role === "status", `${lang} ${type}: feedback is not a live region`);

    await page.evaluate(() => localStorage.clear());
    await page.reload();
    await answer(page, id, data, true);
    shown = await feedback(page, id);
    check(shown.text.startsWith(data.messages.correct), `${lang} ${type}: a right answer says "${shown.text}"`);

    await page.reload();
    shown = await feedback(page, id);
    check(shown.text.startsWith(data.messages.correct), `${lang} ${type}: after a reload the answer is not remembered ("${shown.text}")`);
  }
  // A lesson with a single quiz is complete once that quiz is answered right; the course home counts it.
  const lessons = {};
  quizzes.quizzes.forEach((q) => { (lessons[q.lesson] = lessons[q.lesson] || []).push(q); });
  const lone = Object.values(lessons).find((list) => list.length === 1)[0];
  await page.evaluate(() => localStorage.clear());
  await page.goto(`${base}${lang}/${lone.lesson}`);
  const loneId = "quiz-" + lone.id;
  const loneData = await page.evaluate((formId) => JSON.parse(document.querySelector(`#${CSS.escape(formId)} .quiz-data`).textContent), loneId);
  await answer(page, loneId, loneData, true);
  await page.goto(`${base}${lang}/ai-public-sector/index.html`);
  const home = await page.evaluate(() => {
    const box = document.querySelector(".progress");
    if (!box || box.hidden) return null;
    return { text: box.querySelector(".progress-text").textContent, texts: JSON.parse(box.querySelector(".progress-data").textContent).texts };
  });
  check(home !== null, `${lang}: the course home shows no progress`);
  const progress = home && home.text;
  check(home && home.text === home.texts[1], `${lang}: the course home says "${progress}" after one lesson was completed`);
  await tabTo(page, "button.progress-reset", "main");
  await page.keyboard.press("Enter");
  const reset = await page.evaluate(() => document.querySelector(".progress-text").textContent);
  check(home && reset === home.texts[0], `${lang}: after a reset the course home says "${reset}"`);
  await context.close();
  console.log(`${lang}: checked ${types.length} quiz types; progress: ${progress}`);
}

// A numeric answer in every language: shown as the author wrote it (a year is not grouped), and right when
// typed as shown or as the language writes numbers (grouped, its own digits); the same check twice is said twice.
for (const lang of ["en", "fr", "es", "ar", "zh", "ru"]) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const quizzes = await (await page.request.get(`${base}${lang}/ai-public-sector/quizzes.json`)).json();
  const quiz = quizzes.quizzes.find((q) => q.type === "numeric" && q.answer >= 1000);
  check(quiz, `${lang}: no numeric quiz with an answer of four digits`);
  if (!quiz) { await context.close(); continue; }
  const id = "quiz-" + quiz.id;
  await page.goto(`${base}${lang}/${quiz.lesson}`);
  const data = await page.evaluate((formId) => JSON.parse(document.querySelector(`#${CSS.escape(formId)} .quiz-data`).textContent), id);
  const shown = await page.evaluate((formId) => document.querySelector(`#${CSS.escape(formId)} .quiz-answer p`).textContent
    .trim().match(/[0-9\u0660-\u0669][0-9\u0660-\u0669.,\s\u066b\u066c]*$/)[0], id);
  check(/^[0-9\u0660-\u0669\u06f0-\u06f9]+$/.test(shown), `${lang}: the answer ${quiz.answer} is shown as "${shown}"`);
  const forms = [shown, new Intl.NumberFormat(lang, { useGrouping: true }).format(quiz.answer),
    new Intl.NumberFormat(lang + "-u-nu-latn", { useGrouping: true }).format(quiz.answer)];
  if (lang === "ar") forms.push(new Intl.NumberFormat("ar-u-nu-arab", { useGrouping: true }).format(quiz.answer));
  for (const typed of new Set(forms)) {
    await page.fill(`#${id} input[type=text]`, "");
    await tabTo(page, "input[type=text]", id);
    await page.keyboard.type(typed);
    await page.keyboard.press("Enter");
    const said = await feedback(page, id);
    check(said.text.startsWith(data.messages.correct), `${lang}: "${typed}" for ${quiz.answer} says "${said.text}"`);
    await page.keyboard.press("Enter");
    const again = await feedback(page, id);
    check(again.text !== said.text && again.text.trim() === said.text.trim(),
      `${lang}: checking "${typed}" twice does not change the live region ("${said.text}", then "${again.text}")`);
  }
  await context.close();
  console.log(`${lang}: numeric answer shown "${shown}", accepted as ${[...new Set(forms)].join(", ")}`);
}

// Without the script, Enter on a radio or in a text field must not submit the form and reload the page.
{
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  const quizzes = await (await page.request.get(`${base}en/ai-public-sector/quizzes.json`)).json();
  for (const type of ["single", "numeric"]) {
    const quiz = quizzes.quizzes.find((q) => q.type === type);
    const url = `${base}en/${quiz.lesson}`;
    await page.goto(url);
    let navigated = false;
    page.once("framenavigated", () => { navigated = true; });
    await tabTo(page, type === "single" ? "input[type=radio]" : "input[type=text]", "quiz-" + quiz.id);
    await page.keyboard.press(type === "single" ? "Space" : "3");
    await page.keyboard.press("Enter");
    await page.waitForTimeout(300);
    check(!navigated && page.url() === url, `without JavaScript, Enter in a ${type} quiz loads ${page.url()}`);
  }
  await context.close();
}

await browser.close();
if (failures.length) {
  console.error(failures.join("\n"));
  process.exit(1);
}
console.log("all quiz checks passed");
