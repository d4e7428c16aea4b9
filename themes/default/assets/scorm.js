/* MOOC Builder in an LMS. Only the pages of an LMS package load this, before quiz.js. It finds
   the SCORM 1.2 API the standard way (an `API` object in a parent or opener window), reports
   the page's status, its quizzes' score and answers, and the session time, and commits and
   finishes when the page is left. Outside an LMS it does nothing: the page works as on the site. */
(function () {
  "use strict";
  function find(win) {
    for (var i = 0; win && i < 8; i++) {
      try { if (win.API) { return win.API; } } catch (e) { /* another origin: look further up */ }
      if (win.parent === win) { break; }
      win = win.parent;
    }
    return null;
  }
  var api = find(window) || find(window.opener);
  if (!api || String(api.LMSInitialize("")) !== "true") { return; }
  function get(key) { return String(api.LMSGetValue(key) || ""); }
  function set(key, value) { api.LMSSetValue(key, String(value)); }
  var started = Date.now();
  var ids = Array.prototype.map.call(document.querySelectorAll("form.quiz .quiz-data"),
    function (s) { return JSON.parse(s.textContent).id; });
  var answers = {};
  try { answers = JSON.parse(get("cmi.suspend_data")).q || {}; } catch (e) { /* first launch */ }
  var mastery = parseFloat(get("cmi.student_data.mastery_score"));
  var status = get("cmi.core.lesson_status");
  if (status === "" || status === "not attempted") { set("cmi.core.lesson_status", "incomplete"); }
  // The LMS's own menu and buttons move between lessons, so it can record each one: the page's
  // navigation is hidden, and its other links open a new window that reports nothing.
  document.querySelectorAll(".course-nav, .pager, .breadcrumbs").forEach(function (el) { el.hidden = true; });
  document.querySelectorAll(".with-nav").forEach(function (el) { el.classList.remove("with-nav"); });
  Array.prototype.forEach.call(document.links, function (a) {
    if (a.href.split("#")[0] !== location.href.split("#")[0]) { a.target = "_blank"; a.rel = "noopener"; }
  });
  function report(leaving) {
    // A score only once a quiz is answered: an LMS may grade a lesson by its score alone.
    if (ids.some(function (id) { return answers[id]; })) {
      var right = ids.filter(function (id) { return answers[id] && answers[id].correct; }).length;
      var score = Math.round(100 * right / ids.length);
      set("cmi.core.score.min", 0);
      set("cmi.core.score.max", 100);
      set("cmi.core.score.raw", score);
      set("cmi.core.lesson_status", ids.some(function (id) { return !answers[id]; }) ? "incomplete"
        : isNaN(mastery) ? "completed" : score >= mastery ? "passed" : "failed");
      var data = JSON.stringify({ q: answers });
      if (data.length <= 4096) { set("cmi.suspend_data", data); } // SCORM 1.2 keeps 4,096 characters
    } else if (leaving && !ids.length) {
      set("cmi.core.lesson_status", "completed");
    }
  }
  // quiz.js asks for each quiz's saved answer before drawing it, and tells each graded answer.
  document.addEventListener("mooc:quiz-load", function (e) { e.detail.saved = answers[e.detail.id] || null; });
  document.addEventListener("mooc:quiz", function (e) {
    answers[e.detail.id] = e.detail.saved;
    report(false);
    api.LMSCommit("");
  });
  function two(n) { return (n < 10 ? "0" : "") + n; }
  var finished = false;
  window.addEventListener("pagehide", function () {
    if (finished) { return; }
    finished = true;
    report(true);
    var s = (Date.now() - started) / 1000;
    set("cmi.core.session_time", two(Math.floor(s / 3600)) + ":" + two(Math.floor(s / 60) % 60) + ":"
      + (s % 60 < 10 ? "0" : "") + (s % 60).toFixed(2));
    set("cmi.core.exit", "suspend"); // keep the answers for the next launch
    api.LMSCommit("");
    api.LMSFinish("");
  });
})();
