/* MOOC Builder quizzes: grades the forms of a page in the browser and remembers answers in
   localStorage, per course. No framework, no network. Without it, each quiz still shows its
   answer in a <details> element. */
(function () {
  "use strict";
  var KEY = "mooc-progress:";
  function load(course) {
    try { return JSON.parse(localStorage.getItem(KEY + course)) || { quizzes: {} }; } catch (e) { return { quizzes: {} }; }
  }
  function save(course, state) {
    try { localStorage.setItem(KEY + course, JSON.stringify(state)); } catch (e) { /* private mode: grading still works */ }
  }
  function digits(text) {
    return text.replace(/[\u0660-\u0669]/g, function (d) { return d.charCodeAt(0) - 0x660; })
      .replace(/[\u06f0-\u06f9]/g, function (d) { return d.charCodeAt(0) - 0x6f0; })
      .replace(/[\uff10-\uff19]/g, function (d) { return d.charCodeAt(0) - 0xff10; });
  }
  /* A typed number, in the page language's form or another common one: with two kinds of mark the last
     is the decimal one; a repeated mark groups; a lone mark is decimal when it is the language's, or
     when it is not followed by exactly three digits ("2,022" is 2022 in English, "2.022" in Spanish)
     or comes after a lone 0 ("0.125" is never 125). */
  function number(typed, decimal) {
    if (decimal === "\u066b") { decimal = "."; } /* the Arabic decimal separator is read as "." */
    var t = digits(typed).replace(/[\s\u066c\u2019']/g, "").replace(/\u066b/g, decimal);
    var marks = t.replace(/[^.,]/g, "");
    var point = marks.charAt(marks.length - 1);
    if (marks.indexOf(point === "." ? "," : ".") < 0) {
      point = marks.length === 1 && (point === decimal || !/^[-+]?[1-9]\d{0,2}[.,]\d{3}$/.test(t)) ? point : "";
    }
    var at = point ? t.lastIndexOf(point) : t.length;
    if (point && t.indexOf(point) < at) { return NaN; }
    t = t.slice(0, at).replace(/[.,]/g, "") + "." + t.slice(at + 1);
    return /^[-+]?(\d+\.\d*|\.\d+)$/.test(t) ? Number(t) : NaN;
  }
  function text(html) {
    var div = document.createElement("div");
    div.innerHTML = html;
    return div.textContent;
  }
  function values(form, data) {
    var fields = form.querySelectorAll("input:not([type=radio]):not([type=checkbox]), select");
    if (data.type === "single" || data.type === "multiple" || data.type === "true-false") {
      return Array.prototype.filter.call(form.querySelectorAll("input"), function (i) { return i.checked; })
        .map(function (i) { return Number(i.value); });
    }
    return Array.prototype.map.call(fields, function (f) { return f.value.trim(); });
  }
  function grade(data, answer) {
    if (!answer.length || answer.some(function (v) { return v === ""; })) { return null; }
    switch (data.type) {
      case "numeric":
        var n = number(answer[0], data.decimal);
        return !isNaN(n) && Math.abs(n - data.number) <= data.tolerance + 1e-9;
      case "short-text":
        var collator = new Intl.Collator(data.acceptedLang, { sensitivity: "base", ignorePunctuation: true });
        return data.accepted.some(function (a) { return collator.compare(a, answer[0]) === 0; });
      default:
        return answer.length === data.correct.length && answer.every(function (v, i) { return Number(v) === data.correct[i]; });
    }
  }
  function restore(form, data, answer) {
    if (data.type === "single" || data.type === "multiple" || data.type === "true-false") {
      form.querySelectorAll("input").forEach(function (i) { i.checked = answer.indexOf(Number(i.value)) >= 0; });
    } else {
      form.querySelectorAll("input[type=text], select").forEach(function (f, i) { f.value = answer[i] == null ? "" : answer[i]; });
    }
  }
  function show(form, data, answer, verdict) {
    var parts = [verdict === null ? data.messages.unanswered : verdict ? data.messages.correct : data.messages.incorrect];
    if (data.feedback && verdict !== null) {
      answer.forEach(function (i) { if (data.feedback[i]) { parts.push(text(data.feedback[i])); } });
    }
    var region = form.querySelector(".quiz-feedback");
    var message = parts.join(" ");
    // The same answer checked again gives the same words: a changed trailing space makes screen readers say them again.
    region.textContent = region.textContent === message ? message + "\u00a0" : message;
    region.className = "quiz-feedback" + (verdict === null ? "" : verdict ? " is-correct" : " is-incorrect");
  }
  // For scorm.js in LMS packages, which may answer "mooc:quiz-load" with the answer an LMS kept.
  function tell(form, name, detail) {
    form.dispatchEvent(new CustomEvent(name, { bubbles: true, detail: detail }));
    return detail;
  }
  document.querySelectorAll("form.quiz").forEach(function (form) {
    var data = JSON.parse(form.querySelector(".quiz-data").textContent);
    var state = load(data.course);
    var button = form.querySelector(".quiz-check");
    button.hidden = false;
    button.disabled = false;
    var saved = tell(form, "mooc:quiz-load", { id: data.id, saved: state.quizzes[data.id] }).saved;
    if (saved) {
      restore(form, data, saved.answer);
      show(form, data, saved.answer, saved.correct);
    }
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      var answer = values(form, data);
      var verdict = grade(data, answer);
      show(form, data, answer, verdict);
      if (verdict !== null) {
        var current = load(data.course);
        current.quizzes[data.id] = { answer: answer, correct: verdict };
        save(data.course, current);
        tell(form, "mooc:quiz", { id: data.id, saved: current.quizzes[data.id] });
      }
    });
  });
  document.querySelectorAll(".progress[data-course]").forEach(function (box) {
    var course = box.getAttribute("data-course");
    var info = JSON.parse(box.querySelector(".progress-data").textContent);
    var out = box.querySelector(".progress-text");
    function render() {
      var quizzes = load(course).quizzes;
      var done = info.lessons.filter(function (ids) {
        return ids.length && ids.every(function (id) { return quizzes[id] && quizzes[id].correct; });
      }).length;
      out.textContent = info.texts[done];
    }
    box.hidden = false;
    render();
    box.querySelector("button").addEventListener("click", function () {
      try { localStorage.removeItem(KEY + course); } catch (e) { /* nothing saved */ }
      render();
    });
  });
})();
