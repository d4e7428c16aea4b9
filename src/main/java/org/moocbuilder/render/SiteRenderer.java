package org.moocbuilder.render;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.moocbuilder.content.Course;
import org.moocbuilder.content.Lesson;
import org.moocbuilder.content.MarkdownSource;
import org.moocbuilder.content.Module;
import org.moocbuilder.content.Site;
import org.moocbuilder.diag.Diagnostics;
import org.moocbuilder.i18n.Languages;
import org.moocbuilder.i18n.LocaleInfo;
import org.moocbuilder.i18n.Messages;
import org.moocbuilder.output.OutputFile;
import org.moocbuilder.parallel.Parallel;
import org.moocbuilder.quiz.CourseQuizzes;
import org.moocbuilder.quiz.Quiz;
import org.moocbuilder.quiz.QuizHtml;
import org.moocbuilder.render.Views.Body;
import org.moocbuilder.render.Views.Crumb;
import org.moocbuilder.render.Views.LanguageChoice;
import org.moocbuilder.render.Views.LessonView;
import org.moocbuilder.render.Views.NotFoundMessage;
import org.moocbuilder.render.Views.PageView;
import org.moocbuilder.translate.Coverage;
import org.moocbuilder.translate.LocaleTranslation;
import org.moocbuilder.translate.SiteTranslations;

/**
 * Draws every page of every language: the language chooser, each language's course list,
 * course, module and lesson pages, the 404 page and the translation report. Each page is handed
 * on as soon as it is drawn and kept by nobody here, so memory follows the largest page, not the
 * site. The pages of one course in one language share a navigation worked out once for them;
 * modules are drawn in parallel.
 */
public final class SiteRenderer {

    /** Where the translation report goes, under the output folder. */
    public static final String TRANSLATION_REPORT = TranslationReport.PATH;

    private final Site site;
    private final PageRenderer renderer;
    private final Map<String, Messages> messages;
    private final List<LocaleInfo> locales;
    private final BodySource bodies;
    private final Map<String, LocaleTranslation> translations;
    private final List<Coverage.LocaleCoverage> coverage;
    private final Map<String, CourseQuizzes> quizzes;
    private final byte[] stylesheet;

    /** @param bodies draws the Markdown body of each module and lesson page when the page is drawn */
    public SiteRenderer(Site site, Theme theme, Languages languages, BodySource bodies, SiteTranslations translations,
                        Map<String, CourseQuizzes> quizzes) {
        this.site = site;
        this.renderer = new PageRenderer(theme);
        this.messages = languages.messages();
        this.locales = languages.locales();
        this.bodies = bodies;
        this.translations = translations.byLocale();
        this.coverage = translations.coverage();
        this.quizzes = Map.copyOf(quizzes);
        this.stylesheet = theme.assets().get("site.css");
    }

    /** The path of every page the site has, under the output folder, without drawing any. */
    public List<String> pagePaths() {
        List<String> paths = new ArrayList<>(List.of("index.html", "404.html"));
        if (!coverage.isEmpty()) {
            paths.add(TranslationReport.PATH);
        }
        for (LocaleInfo locale : locales) {
            String at = locale.tag() + "/";
            paths.add(at + "index.html");
            site.courses().forEach(course -> course.pagePaths().forEach(local -> paths.add(at + local)));
        }
        return paths;
    }

    /**
     * Draws the pages whose path (under the output folder) {@code wanted} accepts, handing each to
     * {@code sink} (from several threads at once) and naming it to {@code pageDone}.
     *
     * @return how many pages were drawn
     */
    public int render(Predicate<String> wanted, Consumer<OutputFile> sink, Consumer<String> pageDone,
                      Diagnostics diagnostics) {
        AtomicInteger drawn = new AtomicInteger();
        Consumer<Optional<OutputFile>> done = page -> page.ifPresent(file -> {
            sink.accept(file);
            drawn.incrementAndGet();
            pageDone.accept(file.path());
        });
        // A task per module, the largest courses first and the small language homes last, so the
        // threads finish together: with a task per course and language, the last course left one
        // thread drawing alone while the others idled.
        List<Runnable> tasks = new ArrayList<>();
        LocaleInfo source = locales.get(0);
        tasks.add(() -> {
            PageViews views = views(source);
            if (wanted.test("index.html")) {
                done.accept(chooser(views, diagnostics));
            }
            if (wanted.test("404.html")) {
                done.accept(notFound(views, diagnostics));
            }
            if (!coverage.isEmpty() && wanted.test(TranslationReport.PATH)) {
                done.accept(TranslationReport.render(site, views, coverage, translations, renderer, diagnostics));
            }
        });
        List<Course> largestFirst = site.courses().stream()
                .sorted(Comparator.comparingInt((Course course) -> course.pagePaths().size()).reversed()).toList();
        for (Course course : largestFirst) {
            for (LocaleInfo locale : locales) {
                tasks.addAll(coursePages(views(locale), course, wanted, done, diagnostics));
            }
        }
        for (LocaleInfo locale : locales) {
            tasks.add(() -> {
                if (wanted.test(locale.tag() + "/index.html")) {
                    done.accept(home(views(locale), List.of(), diagnostics));
                }
            });
        }
        // Every task runs to its end before a failure is rethrown, so no page is still being written
        // while the caller cleans up after it.
        Parallel.run(tasks);
        return drawn.get();
    }

    private PageViews views(LocaleInfo locale) {
        return new PageViews(site, locale, locales.get(0), locales, messages, translations.get(locale.tag()));
    }

    /**
     * Draws the pages of one course in one language as an LMS package holds them, at the same
     * paths as on the site and with the same theme: pages link to nothing outside the course and
     * language (no language switcher, no link to the list of courses), and every page loads
     * {@code packageScript} (a path under the output folder, as {@code assets/scorm.js}) before
     * any other script. Pages are handed to {@code sink} in the order they are drawn, on this thread.
     *
     * @return how many pages were drawn
     */
    public int renderPackage(LocaleInfo locale, Course course, String packageScript, Consumer<OutputFile> sink,
                             Diagnostics diagnostics) {
        AtomicInteger drawn = new AtomicInteger();
        coursePages(views(locale).inPackage(course, packageScript), course, path -> true, page -> page.ifPresent(file -> {
            sink.accept(file);
            drawn.incrementAndGet();
        }), diagnostics).forEach(Runnable::run);
        return drawn.get();
    }

    /**
     * A course's modules and lessons with their titles in {@code locale} (a translation's, else the
     * source's, marked), as the course home shows them: what an LMS package's manifest lists.
     */
    public Views.CourseView outline(LocaleInfo locale, Course course) {
        return new CourseNavigation(views(locale), course, lessonsWithQuizzes(course)).courseView(course.outputPath());
    }

    /**
     * The pages of one course in one language that {@code wanted} accepts, in course order: a task
     * drawing the course page, and one per module drawing its page and its lessons'. The tasks may
     * run on several threads at once; they share the course's navigation, worked out by the first
     * of them to run and let go by the last.
     */
    private List<Runnable> coursePages(PageViews views, Course course, Predicate<String> wanted,
                                       Consumer<Optional<OutputFile>> done, Diagnostics diagnostics) {
        String at = views.locale().tag() + "/";
        List<Consumer<CourseNavigation>> parts = new ArrayList<>();
        if (wanted.test(at + course.outputPath())) {
            parts.add(navigation -> done.accept(coursePage(views, navigation, diagnostics)));
        }
        for (Module module : course.modules()) {
            if (!wanted.test(at + module.outputPath())
                    && module.lessons().stream().noneMatch(lesson -> wanted.test(at + lesson.outputPath()))) {
                continue;
            }
            parts.add(navigation -> {
                if (wanted.test(at + module.outputPath())) {
                    done.accept(module(views, navigation, module, diagnostics));
                }
                for (Lesson lesson : module.lessons()) {
                    if (wanted.test(at + lesson.outputPath())) {
                        done.accept(lesson(views, navigation, module, lesson, diagnostics));
                    }
                }
            });
        }
        SharedNavigation<CourseNavigation> navigation = new SharedNavigation<>(() -> new CourseNavigation(views, course,
                lessonsWithQuizzes(course)), parts.size());
        return parts.stream().<Runnable>map(part -> () -> {
            try {
                part.accept(navigation.get());
            } finally {
                navigation.release();
            }
        }).toList();
    }

    private Set<String> lessonsWithQuizzes(Course course) {
        CourseQuizzes courseQuizzes = quizzes.get(course.slug());
        Set<String> paths = new HashSet<>();
        if (courseQuizzes != null) {
            courseQuizzes.lessons().stream().filter(l -> !l.quizzes().isEmpty())
                    .forEach(l -> paths.add(l.lesson().outputPath()));
        }
        return paths;
    }

    /**
     * A language's course list offering its offline packages ({@code downloads}, with their sizes):
     * drawn apart from the other pages, once the packages are made.
     */
    public Optional<OutputFile> languageHome(LocaleInfo locale, List<Views.Download> downloads, Diagnostics diagnostics) {
        return home(views(locale), downloads, diagnostics);
    }

    /** The {@code index.html} of a language's offline package: the chooser, in that language, offering just it. */
    public Optional<OutputFile> packageChooser(LocaleInfo locale, Diagnostics diagnostics) {
        return chooser(views(locale), List.of(locale), diagnostics);
    }

    private Optional<OutputFile> chooser(PageViews views, Diagnostics diagnostics) {
        return chooser(views, locales, diagnostics);
    }

    private Optional<OutputFile> chooser(PageViews views, List<LocaleInfo> offered, Diagnostics diagnostics) {
        LocaleInfo language = views.locale();
        PageView page = new PageView("index", language.tag(), language.dir(), views.siteText(site.config().title()).value(),
                views.siteText(site.config().title()), "", "assets/site.css", "index.html", List.of(), List.of(), null,
                locales.get(0).tag(), site.config().baseUrl().orElse(null), null, null, null, null);
        List<LanguageChoice> choices = offered.stream()
                .map(l -> new LanguageChoice(l.tag(), l.dir(), l.autonym(), l.tag() + "/index.html")).toList();
        return write("index.html", "index.ftlh", page, Map.of("choices", choices), views.messages(), diagnostics);
    }

    private Optional<OutputFile> notFound(PageViews views, Diagnostics diagnostics) {
        LocaleInfo source = views.locale();
        // Hosts serve 404.html at any depth, where relative links break: links are absolute (from the
        // base URL, else from the host's root) and the stylesheet is inlined.
        String root = site.config().baseUrl().orElse("/");
        PageView page = new PageView("404", source.tag(), source.dir(),
                views.messages().format("notFound.title") + " · " + site.config().title(),
                views.siteText(site.config().title()), root, root + "assets/site.css", root + "index.html", List.of(),
                List.of(), null, source.tag(), null, null, new String(stylesheet, StandardCharsets.UTF_8), null, null);
        List<NotFoundMessage> translated = locales.stream().skip(1).map(locale -> {
            Messages m = messages.get(locale.tag());
            return new NotFoundMessage(locale.tag(), locale.dir(), m.format("notFound.title"), m.format("notFound.text"),
                    m.format("notFound.back"), root + "index.html");
        }).toList();
        return write("404.html", "404.ftlh", page, Map.of("translations", translated), views.messages(), diagnostics);
    }

    private Optional<OutputFile> home(PageViews views, List<Views.Download> downloads, Diagnostics diagnostics) {
        String local = "index.html";
        List<Views.CourseCard> cards = site.courses().stream().map(c -> views.card(c, local)).toList();
        Text siteTitle = views.siteText(site.config().title());
        boolean partly = views.partlyUntranslated(local, siteTitle)
                || cards.stream().anyMatch(c -> c.title().foreign() || c.summary().foreign());
        PageView page = views.pageView("home", local, siteTitle.value(), List.of(), partly);
        return write(views.locale().tag() + "/" + local, "home.ftlh", page, Map.of("courses", cards,
                "downloads", downloads), views.messages(), diagnostics);
    }

    private Optional<OutputFile> coursePage(PageViews views, CourseNavigation navigation, Diagnostics diagnostics) {
        Course course = navigation.course();
        String local = course.outputPath();
        Views.CourseView view = navigation.courseView(local);
        List<Crumb> crumbs = views.crumbs(local, new Crumb(view.title(), null));
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

    private Optional<OutputFile> module(PageViews views, CourseNavigation navigation, Module module,
                                        Diagnostics diagnostics) {
        Course course = navigation.course();
        String local = module.outputPath();
        CourseNavigation.ModuleShare share = navigation.share(module, renderer, diagnostics);
        Text courseTitle = share.course().title();
        Views.ModuleView moduleView = share.module();
        List<Crumb> crumbs = views.crumbs(local, new Crumb(courseTitle, views.href(local, course.outputPath())),
                new Crumb(moduleView.title(), null));
        boolean partly = views.partlyUntranslated(local, courseTitle, moduleView.title(), moduleView.description())
                || moduleView.lessons().stream().anyMatch(l -> l.title().foreign() || l.description().foreign());
        PageView page = views.pageView("module", local, moduleView.title().value() + " · " + courseTitle.value(), crumbs,
                partly);
        Map<String, Object> model = new HashMap<>();
        model.put("course", share.course());
        model.put("module", moduleView);
        model.put("body", body(views, course, module.intro(), local));
        model.put("courseNav", CourseNavigation.markCurrent(share.navigation(), moduleView.href()));
        return write(views.locale().tag() + "/" + local, "module.ftlh", page, model, views.messages(), diagnostics);
    }

    private Optional<OutputFile> lesson(PageViews views, CourseNavigation navigation, Module module, Lesson lesson,
                                        Diagnostics diagnostics) {
        Course course = navigation.course();
        String local = lesson.outputPath();
        CourseNavigation.ModuleShare share = navigation.share(module, renderer, diagnostics);
        CourseNavigation.LessonFacts facts = navigation.lesson(lesson);
        Text courseTitle = share.course().title();
        List<Crumb> crumbs = views.crumbs(local, new Crumb(courseTitle, views.href(local, course.outputPath())),
                new Crumb(share.module().title(), views.href(local, module.outputPath())),
                new Crumb(facts.title(), null));
        LessonView view = new LessonView(facts.title(), facts.description(), facts.duration(), facts.objectives(),
                body(views, course, lesson.body(), local), facts.index() + 1, navigation.lessonCount(),
                navigation.neighbour(facts, -1, local).orElse(null), navigation.neighbour(facts, 1, local).orElse(null));
        boolean partly = views.partlyUntranslated(local, facts.title(), facts.description())
                || facts.objectives().stream().anyMatch(Text::foreign);
        PageView page = views.pageView("lesson", local, facts.title().value() + " · " + courseTitle.value(), crumbs, partly);
        if (facts.hasQuizzes()) {
            page = page.withScript(page.root() + "assets/quiz.js");
        }
        Map<String, Object> model = new HashMap<>();
        model.put("course", share.course());
        model.put("module", share.module());
        model.put("lesson", view);
        model.put("courseNav", CourseNavigation.markCurrent(share.navigation(), views.href(local, local)));
        return write(views.locale().tag() + "/" + local, "lesson.ftlh", page, model, views.messages(), diagnostics);
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
    private Body body(PageViews views, Course course, MarkdownSource source, String local) {
        String html = bodies.html(views.locale(), course, source, local);
        return new Body(html == null ? "" : html, views.locale().tag(), views.locale().dir(), false);
    }

    private Optional<OutputFile> write(String path, String template, PageView page, Map<String, Object> views,
                                       Messages pageMessages, Diagnostics diagnostics) {
        return renderer.render(template, page, views, pageMessages, diagnostics).map(bytes -> OutputFile.of(path, bytes));
    }
}
