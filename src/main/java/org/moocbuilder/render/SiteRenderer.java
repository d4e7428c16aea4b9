package org.moocbuilder.render;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.moocbuilder.content.Course;
import org.moocbuilder.content.Lesson;
import org.moocbuilder.content.MarkdownSource;
import org.moocbuilder.content.Module;
import org.moocbuilder.content.Site;
import org.moocbuilder.diag.Diagnostics;
import org.moocbuilder.content.SitePath;
import org.moocbuilder.i18n.Formats;
import org.moocbuilder.i18n.LocaleInfo;
import org.moocbuilder.i18n.Messages;
import org.moocbuilder.markdown.RenderedMarkdown;
import org.moocbuilder.output.OutputFile;
import org.moocbuilder.render.Views.Body;
import org.moocbuilder.render.Views.Crumb;
import org.moocbuilder.render.Views.LanguageChoice;
import org.moocbuilder.render.Views.LessonView;
import org.moocbuilder.render.Views.NotFoundMessage;
import org.moocbuilder.render.Views.PageView;
import org.moocbuilder.quiz.CourseQuizzes;
import org.moocbuilder.quiz.Quiz;
import org.moocbuilder.quiz.QuizHtml;
import org.moocbuilder.translate.Coverage;
import org.moocbuilder.translate.LocaleTranslation;
import org.moocbuilder.translate.PageCoverage;

/**
 * Renders every page of every language: the language chooser, each language's course list,
 * course, module and lesson pages, and the 404 page. Pages are independent, so they render in
 * parallel; the result is sorted by path so output never depends on thread timing.
 */
public final class SiteRenderer {

    private final Site site;
    private final PageRenderer renderer;
    private final Map<String, Messages> messages;
    private final List<LocaleInfo> locales;
    private final Map<String, Map<String, RenderedMarkdown>> bodies;
    private final Map<String, LocaleTranslation> translations;
    private final List<Coverage.LocaleCoverage> coverage;
    private final Map<String, CourseQuizzes> quizzes;
    private final byte[] stylesheet;

    /**
     * @param locales      source language first
     * @param bodies       by language: rendered Markdown by source path under {@code content/}
     * @param translations by language: what its bundles give
     */
    public SiteRenderer(Site site, Theme theme, Map<String, Messages> messages, List<LocaleInfo> locales,
                        Map<String, Map<String, RenderedMarkdown>> bodies, Map<String, LocaleTranslation> translations,
                        List<Coverage.LocaleCoverage> coverage, Map<String, CourseQuizzes> quizzes) {
        this.site = site;
        this.renderer = new PageRenderer(theme);
        this.messages = Map.copyOf(messages);
        this.locales = List.copyOf(locales);
        this.bodies = Map.copyOf(bodies);
        this.translations = Map.copyOf(translations);
        this.coverage = List.copyOf(coverage);
        this.quizzes = Map.copyOf(quizzes);
        this.stylesheet = theme.assets().get("site.css");
    }

    public List<OutputFile> render(Diagnostics diagnostics, Consumer<String> pageDone) {
        return render(diagnostics, pageDone, path -> true);
    }

    /** Renders only the pages whose path (under the output folder) {@code wanted} accepts: what a live edit changed. */
    public List<OutputFile> render(Diagnostics diagnostics, Consumer<String> pageDone, Predicate<String> wanted) {
        return jobs(diagnostics).stream().filter(job -> wanted.test(job.path())).toList().parallelStream()
                .map(job -> {
                    Optional<OutputFile> page = job.page().get();
                    pageDone.accept(job.path());
                    return page;
                })
                .flatMap(Optional::stream)
                .sorted(Comparator.comparing(OutputFile::path))
                .toList();
    }

    /** A page to render and where it goes. */
    private record Job(String path, Supplier<Optional<OutputFile>> page) {
    }

    private List<Job> jobs(Diagnostics diagnostics) {
        List<Job> jobs = new ArrayList<>();
        LocaleInfo source = locales.get(0);
        jobs.add(new Job("index.html", () -> chooser(source, diagnostics)));
        jobs.add(new Job("404.html", () -> notFound(source, diagnostics)));
        if (!coverage.isEmpty()) {
            jobs.add(new Job("_reports/translation.html", () -> report(source, diagnostics)));
        }
        for (LocaleInfo locale : locales) {
            PageViews views = views(locale, source);
            String at = locale.tag() + "/";
            jobs.add(new Job(at + "index.html", () -> home(views, diagnostics)));
            for (Course course : site.courses()) {
                jobs.add(new Job(at + course.outputPath(), () -> course(views, course, diagnostics)));
                for (Module module : course.modules()) {
                    jobs.add(new Job(at + module.outputPath(), () -> module(views, course, module, diagnostics)));
                    for (Lesson lesson : module.lessons()) {
                        jobs.add(new Job(at + lesson.outputPath(), () -> lesson(views, course, module, lesson, diagnostics)));
                    }
                }
            }
        }
        return jobs;
    }

    private PageViews views(LocaleInfo locale, LocaleInfo source) {
        return new PageViews(site, locale, source, locales, messages, translations.get(locale.tag()));
    }

    private Optional<OutputFile> chooser(LocaleInfo source, Diagnostics diagnostics) {
        PageViews views = views(source, source);
        PageView page = new PageView("index", source.tag(), source.dir(), site.config().title(),
                views.siteText(site.config().title()), "", "assets/site.css", "index.html", List.of(), List.of(), null,
                source.tag(), site.config().baseUrl().orElse(null), null, null, null);
        List<LanguageChoice> choices = locales.stream()
                .map(l -> new LanguageChoice(l.tag(), l.dir(), l.autonym(), l.tag() + "/index.html")).toList();
        return write("index.html", "index.ftlh", page, Map.of("choices", choices), views.messages(), diagnostics);
    }

    private Optional<OutputFile> notFound(LocaleInfo source, Diagnostics diagnostics) {
        PageViews views = views(source, source);
        // Hosts serve 404.html at any depth, where relative links break: links are absolute (from the
        // base URL, else from the host's root) and the stylesheet is inlined.
        String root = site.config().baseUrl().orElse("/");
        PageView page = new PageView("404", source.tag(), source.dir(),
                views.messages().format("notFound.title") + " · " + site.config().title(),
                views.siteText(site.config().title()), root, root + "assets/site.css", root + "index.html", List.of(),
                List.of(), null, source.tag(), null, null, new String(stylesheet, StandardCharsets.UTF_8), null);
        List<NotFoundMessage> translations = locales.stream().skip(1).map(locale -> {
            Messages m = messages.get(locale.tag());
            return new NotFoundMessage(locale.tag(), locale.dir(), m.format("notFound.title"), m.format("notFound.text"),
                    m.format("notFound.back"), root + "index.html");
        }).toList();
        return write("404.html", "404.ftlh", page, Map.of("translations", translations), views.messages(), diagnostics);
    }

    /** The translation report for course coordinators, in the source language. */
    private Optional<OutputFile> report(LocaleInfo source, Diagnostics diagnostics) {
        PageViews views = views(source, source);
        String path = "_reports/translation.html";
        Formats formats = new Formats(source);
        Map<String, String> titles = new HashMap<>();
        titles.put("index.html", site.config().title());
        for (Course course : site.courses()) {
            titles.put(course.outputPath(), course.config().title());
            for (Module module : course.modules()) {
                titles.put(module.outputPath(), module.title());
                module.lessons().forEach(l -> titles.put(l.outputPath(), l.title()));
            }
        }
        Messages m = views.messages();
        List<Views.ReportLocale> locales = new ArrayList<>();
        for (Coverage.LocaleCoverage language : coverage) {
            LocaleInfo info = LocaleInfo.of(language.locale());
            List<Views.ReportCourse> courses = new ArrayList<>();
            for (Coverage.CourseCoverage course : language.courses()) {
                List<Views.ReportRow> rows = new ArrayList<>();
                translations.get(language.locale()).coverage().stream().filter(p -> p.course().equals(course.course()))
                        .forEach(p -> rows.add(new Views.ReportRow(titles.get(p.outputPath()),
                                SitePath.relative(path, language.locale() + "/" + p.outputPath()),
                                formats.percent(p.count().percent()), p.count(), adaptationLabel(p, m))));
                courses.add(new Views.ReportCourse(course.title(), formats.percent(course.count().percent()), rows));
            }
            String adaptations = language.adaptations() == 0 ? "" : language.adaptations()
                    + (language.staleAdaptations() == 0 ? "" : " (" + language.staleAdaptations() + " "
                    + m.format("report.adaptationStale") + ")");
            locales.add(new Views.ReportLocale(info.tag(), info.dir(), info.autonym(),
                    formats.percent(language.count().percent()), language.count(),
                    language.ui().translated() + "/" + language.ui().total(), String.join(", ", language.ui().missing()),
                    adaptations, courses));
        }
        PageView page = new PageView("report", source.tag(), source.dir(), m.format("report.title") + " · "
                + site.config().title(), views.siteText(site.config().title()), "../", "../assets/site.css",
                "../index.html", List.of(), List.of(), null, source.tag(), null, null, null, null);
        return write(path, "report.ftlh", page, Map.of("report", locales), m, diagnostics);
    }

    private static String adaptationLabel(PageCoverage page, Messages m) {
        String state = switch (page.adaptation()) {
            case NONE -> "";
            case CURRENT -> m.format("report.adaptationCurrent");
            case STALE -> m.format("report.adaptationStale");
        };
        return page.segmentsIgnored() ? state + "; " + m.format("report.segmentsIgnored") : state;
    }

    private Optional<OutputFile> home(PageViews views, Diagnostics diagnostics) {
        String local = "index.html";
        List<Views.CourseCard> cards = site.courses().stream().map(c -> views.card(c, local)).toList();
        Text siteTitle = views.siteText(site.config().title());
        boolean partly = views.partlyUntranslated(local, siteTitle)
                || cards.stream().anyMatch(c -> c.title().foreign() || c.summary().foreign());
        PageView page = views.pageView("home", local, siteTitle.value(), List.of(), partly);
        return write(views.locale().tag() + "/" + local, "home.ftlh", page, Map.of("courses", cards),
                views.messages(), diagnostics);
    }

    private Optional<OutputFile> course(PageViews views, Course course, Diagnostics diagnostics) {
        String local = course.outputPath();
        Views.CourseView view = views.courseView(course, local, Optional.empty(), null);
        List<Crumb> crumbs = List.of(views.home(local), new Crumb(view.title(), null));
        boolean partly = views.partlyUntranslated(local, view.title(), view.summary(), view.audience(), view.level())
                || view.modules().stream().anyMatch(m -> m.title().foreign()
                        || m.lessons().stream().anyMatch(l -> l.title().foreign()));
        PageView page = views.pageView("course", local,
                view.title().value() + " · " + views.siteText(site.config().title()).value(), crumbs, partly);
        Map<String, Object> model = new HashMap<>();
        model.put("course", view);
        CourseQuizzes courseQuizzes = quizzes.get(course.slug());
        if (courseQuizzes != null && !courseQuizzes.isEmpty()) {
            model.put("progress", progress(courseQuizzes, views.messages()));
            page = page.withScript(page.root() + "assets/quiz.js");
        }
        return write(views.locale().tag() + "/" + local, "course.ftlh", page, model, views.messages(), diagnostics);
    }

    private Optional<OutputFile> module(PageViews views, Course course, Module module, Diagnostics diagnostics) {
        String local = module.outputPath();
        Text courseTitle = views.text(course, course.config().title());
        Views.ModuleView moduleView = views.moduleView(course, module, local, Optional.of(module), null);
        List<Crumb> crumbs = List.of(views.home(local), new Crumb(courseTitle, views.href(local, course.outputPath())),
                new Crumb(moduleView.title(), null));
        boolean partly = views.partlyUntranslated(local, courseTitle, moduleView.title(), moduleView.description())
                || moduleView.lessons().stream().anyMatch(l -> l.title().foreign() || l.description().foreign());
        PageView page = views.pageView("module", local, moduleView.title().value() + " · " + courseTitle.value(), crumbs,
                partly);
        return write(views.locale().tag() + "/" + local, "module.ftlh", page, Map.of(
                "course", views.courseView(course, local, Optional.of(module), null),
                "module", moduleView,
                "body", body(module.intro(), views)), views.messages(), diagnostics);
    }

    private Optional<OutputFile> lesson(PageViews views, Course course, Module module, Lesson lesson,
                                        Diagnostics diagnostics) {
        String local = lesson.outputPath();
        List<Lesson> all = course.lessons();
        int index = all.indexOf(lesson);
        Text courseTitle = views.text(course, course.config().title());
        Text title = views.lessonTitle(course, lesson);
        List<Crumb> crumbs = List.of(views.home(local), new Crumb(courseTitle, views.href(local, course.outputPath())),
                new Crumb(views.text(course, module.title()), views.href(local, module.outputPath())),
                new Crumb(title, null));
        LessonView view = new LessonView(title, views.lessonDescription(course, lesson),
                lesson.durationMinutes().map(views::duration).orElse(""),
                views.objectives(course, lesson), body(lesson.body(), views),
                index + 1, all.size(),
                index > 0 ? views.lessonCard(course, all.get(index - 1), local, lesson) : null,
                index < all.size() - 1 ? views.lessonCard(course, all.get(index + 1), local, lesson) : null);
        boolean partly = views.partlyUntranslated(local, title, view.description())
                || view.objectives().stream().anyMatch(Text::foreign);
        PageView page = views.pageView("lesson", local, title.value() + " · " + courseTitle.value(), crumbs, partly);
        if (hasQuizzes(course, lesson)) {
            page = page.withScript(page.root() + "assets/quiz.js");
        }
        Map<String, Object> model = new HashMap<>();
        model.put("course", views.courseView(course, local, Optional.of(module), lesson));
        model.put("module", views.moduleView(course, module, local, Optional.of(module), lesson));
        model.put("lesson", view);
        return write(views.locale().tag() + "/" + local, "lesson.ftlh", page, model, views.messages(), diagnostics);
    }

    private boolean hasQuizzes(Course course, Lesson lesson) {
        CourseQuizzes courseQuizzes = quizzes.get(course.slug());
        return courseQuizzes != null && courseQuizzes.lessons().stream()
                .anyMatch(l -> l.lesson().equals(lesson) && !l.quizzes().isEmpty());
    }

    /** What the quiz script needs to show progress on the course home: quiz ids per lesson, and every sentence it may say. */
    private static Views.Progress progress(CourseQuizzes course, Messages messages) {
        List<List<String>> lessons = course.lessons().stream().filter(l -> !l.quizzes().isEmpty())
                .map(l -> l.quizzes().stream().map(Quiz::id).toList()).toList();
        List<String> texts = new ArrayList<>();
        for (int done = 0; done <= lessons.size(); done++) {
            texts.add(messages.format("progress.lessons", Map.of("done", done, "total", lessons.size())));
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("lessons", lessons);
        data.put("texts", texts);
        return new Views.Progress(course.course(), QuizHtml.json(data));
    }

    /** A rendered body is in the page's language; source text left in it carries its own lang and dir. */
    private Body body(MarkdownSource source, PageViews views) {
        RenderedMarkdown rendered = bodies.get(views.locale().tag()).get(source.sitePath());
        return new Body(rendered == null ? "" : rendered.html(), views.locale().tag(), views.locale().dir(), false);
    }

    private Optional<OutputFile> write(String path, String template, PageView page, Map<String, Object> views,
                                       Messages pageMessages, Diagnostics diagnostics) {
        return renderer.render(template, page, views, pageMessages, diagnostics).map(bytes -> OutputFile.of(path, bytes));
    }
}
