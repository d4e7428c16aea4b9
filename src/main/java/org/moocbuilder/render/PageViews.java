package org.moocbuilder.render;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.moocbuilder.content.Course;
import org.moocbuilder.content.Lesson;
import org.moocbuilder.content.Module;
import org.moocbuilder.content.Site;
import org.moocbuilder.content.SitePath;
import org.moocbuilder.i18n.Formats;
import org.moocbuilder.i18n.LocaleInfo;
import org.moocbuilder.i18n.Messages;
import org.moocbuilder.markdown.InlineCode;
import org.moocbuilder.render.Views.Alternate;
import org.moocbuilder.render.Views.CourseCard;
import org.moocbuilder.render.Views.Crumb;
import org.moocbuilder.render.Views.PageView;
import org.moocbuilder.translate.Adaptation;
import org.moocbuilder.translate.Catalogs;
import org.moocbuilder.translate.LocaleTranslation;
import org.moocbuilder.translate.PageCoverage;

/**
 * Builds the views templates see for the pages of one language: links relative to each page,
 * numbers and durations in the page's language, and course text marked with its own language
 * when it is not the page's.
 */
final class PageViews {

    private final Site site;
    private final LocaleInfo page;
    private final LocaleInfo source;
    private final List<LocaleInfo> all;
    private final Messages messages;
    private final Formats formats;
    private final LocaleTranslation translation;
    /** The course an LMS package holds, when these are the views of its pages; null for the site. */
    private final Course packaged;
    private final String packageScript;

    PageViews(Site site, LocaleInfo page, LocaleInfo source, List<LocaleInfo> all, Map<String, Messages> messages,
              LocaleTranslation translation) {
        this(site, page, source, all, messages.get(page.tag()), new Formats(page), translation, null, null);
    }

    private PageViews(Site site, LocaleInfo page, LocaleInfo source, List<LocaleInfo> all, Messages messages,
                      Formats formats, LocaleTranslation translation, Course packaged, String packageScript) {
        this.site = site;
        this.page = page;
        this.source = source;
        this.all = List.copyOf(all);
        this.messages = messages;
        this.formats = formats;
        this.translation = translation;
        this.packaged = packaged;
        this.packageScript = packageScript;
    }

    /**
     * The views of the same language's pages inside an LMS package of {@code course}: the package
     * holds one course in one language, so pages get no language switcher and their home link and
     * breadcrumbs start at the course; each loads {@code script} (a path under the output folder).
     */
    PageViews inPackage(Course course, String script) {
        return new PageViews(site, page, source, List.of(page), messages, formats, translation, course, script);
    }

    LocaleInfo locale() {
        return page;
    }

    /** The site's language of {@code tag} as the build made it, its names already looked up in ICU's data. */
    LocaleInfo language(String tag) {
        return all.stream().filter(language -> language.tag().equals(tag)).findFirst().orElseGet(() -> LocaleInfo.of(tag));
    }

    Messages messages() {
        return messages;
    }

    /** A field of a course in this page's language, or in the source language (marked) while untranslated. */
    Text text(Course course, String value) {
        return translated(course.slug(), value);
    }

    /** A field of the site (its title). */
    Text siteText(String value) {
        return translated(Catalogs.SITE, value);
    }

    /** Text already in this page's language. */
    Text own(String value) {
        return new Text(value, page.tag(), page.dir(), false);
    }

    private Text translated(String bundle, String value) {
        if (page.equals(source) || value == null || value.isBlank()) {
            return own(value);
        }
        return translation.text(bundle, value).map(this::own)
                .orElseGet(() -> new Text(value, source.tag(), source.dir(), true));
    }

    /** A lesson's title: the adaptation's when it gives one, else from the bundles. */
    Text lessonTitle(Course course, Lesson lesson) {
        return translation.adaptation(lesson.body().sitePath()).flatMap(Adaptation::title).map(this::own)
                .orElseGet(() -> text(course, lesson.title()));
    }

    /** A module's title: its adaptation's (of module.md) when it gives one, else from the bundles. */
    Text moduleTitle(Course course, Module module) {
        return translation.adaptation(module.intro().sitePath()).flatMap(Adaptation::title).map(this::own)
                .orElseGet(() -> text(course, module.title()));
    }

    Text moduleDescription(Course course, Module module) {
        return translation.adaptation(module.intro().sitePath()).flatMap(Adaptation::description).map(this::own)
                .orElseGet(() -> text(course, module.description()));
    }

    Text lessonDescription(Course course, Lesson lesson) {
        return translation.adaptation(lesson.body().sitePath()).flatMap(Adaptation::description).map(this::own)
                .orElseGet(() -> text(course, lesson.description()));
    }

    List<Text> objectives(Course course, Lesson lesson) {
        return translation.adaptation(lesson.body().sitePath()).flatMap(Adaptation::objectives)
                .map(list -> list.stream().map(this::own).toList())
                .orElseGet(() -> lesson.objectives().stream().map(o -> text(course, o)).toList());
    }

    /** Whether the page at {@code localPath} shows any source-language text in place of a translation. */
    boolean partlyUntranslated(String localPath, Text... shown) {
        if (page.equals(source)) {
            return false;
        }
        // A stale adaptation is outdated, not untranslated: it is shown whole, in this page's language.
        boolean body = translation.coverageOf(localPath)
                .map(c -> c.adaptation() == PageCoverage.AdaptationState.NONE && !c.count().isComplete()).orElse(false);
        return body || Arrays.stream(shown).anyMatch(Text::foreign);
    }

    /** The common page fields for the page at {@code localPath} (relative to this language's folder). */
    PageView pageView(String kind, String localPath, String title, List<Crumb> breadcrumbs, boolean partlyUntranslated) {
        String path = page.tag() + "/" + localPath;
        List<Alternate> alternates = new ArrayList<>();
        String root = rootOf(path);
        if (packaged != null) {
            return new PageView(kind, page.tag(), page.dir(), InlineCode.plain(title), siteText(site.config().title()), root,
                    root + "assets/site.css", SitePath.relative(path, page.tag() + "/" + packaged.outputPath()), alternates,
                    breadcrumbs, notice(partlyUntranslated), source.tag(), absolute(path).orElse(null), null, null, null,
                    root + packageScript);
        }
        for (LocaleInfo other : all) {
            String href = SitePath.relative(path, other.tag() + "/" + localPath);
            alternates.add(new Alternate(other.tag(), other.dir(), other.autonym(), href,
                    absolute(other.tag() + "/" + localPath).orElse(href), other.equals(page)));
        }
        return new PageView(kind, page.tag(), page.dir(), InlineCode.plain(title), siteText(site.config().title()), root,
                root + "assets/site.css", SitePath.relative(path, page.tag() + "/index.html"), alternates, breadcrumbs,
                notice(partlyUntranslated), source.tag(), absolute(path).orElse(null),
                absolute("index.html").orElse(root + "index.html"), null, null, null);
    }

    private String notice(boolean partlyUntranslated) {
        return !partlyUntranslated ? null
                : messages.format("notice.untranslated", Map.of("language", source.nameFor(page)));
    }

    /** A page's breadcrumbs: the language's home (not in an LMS package, which holds one course), then {@code rest}. */
    List<Crumb> crumbs(String from, Crumb... rest) {
        List<Crumb> crumbs = new ArrayList<>();
        if (packaged == null) {
            crumbs.add(home(from));
        }
        crumbs.addAll(List.of(rest));
        return crumbs;
    }

    private Optional<String> absolute(String path) {
        return site.config().baseUrl().map(base -> base + SitePath.encode(path));
    }

    static String rootOf(String path) {
        return "../".repeat((int) path.chars().filter(c -> c == '/').count());
    }

    String href(String fromLocal, String toLocal) {
        return SitePath.relative(fromLocal, toLocal);
    }

    String duration(int minutes) {
        return minutes > 0 ? formats.duration(minutes) : "";
    }

    private Crumb home(String from) {
        return new Crumb(own(messages.format("nav.home")), href(from, "index.html"));
    }

    CourseCard card(Course course, String from) {
        return new CourseCard(text(course, course.config().title()), text(course, course.config().summary()),
                href(from, course.outputPath()),
                course.modules().size(), course.lessons().size(), duration(course.totalMinutes()));
    }
}
