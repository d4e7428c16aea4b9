package org.moocbuilder.render;

import java.util.List;
import org.moocbuilder.translate.SegmentCount;

/** The records templates receive; see docs/theming.md for what each field holds. */
public final class Views {

    private Views() {
    }

    /**
     * Fields every page has.
     *
     * @param packageScript the LMS script, on the pages of an LMS package only (loaded before {@code script}); null
     *                      on the site
     */
    public record PageView(String kind, String lang, String dir, String title, Text siteTitle, String root,
                           String stylesheet, String homeHref, List<Alternate> alternates, List<Crumb> breadcrumbs,
                           String untranslatedNotice, String sourceLang, String canonical, String defaultUrl,
                           String inlineStyle, String script, String packageScript) {

        /** The same page loading a script (the quiz script on pages with quizzes). */
        public PageView withScript(String url) {
            return new PageView(kind, lang, dir, title, siteTitle, root, stylesheet, homeHref, alternates, breadcrumbs,
                    untranslatedNotice, sourceLang, canonical, defaultUrl, inlineStyle, url, packageScript);
        }
    }

    /** The learner's progress box on a course home: the course, and its data for the quiz script as JSON. */
    public record Progress(String course, String json) {
    }

    /** The 404 page's message in one language. */
    public record NotFoundMessage(String lang, String dir, String title, String text, String back, String href) {
    }

    /**
     * The same page in another language, for the language switcher ({@code href}, relative)
     * and {@code hreflang} links ({@code url}: absolute when the site's base URL is known, as
     * search engines require, else the same as {@code href}).
     */
    public record Alternate(String lang, String dir, String name, String href, String url, boolean current) {
    }

    public record Crumb(Text title, String href) {
    }

    public record CourseCard(Text title, Text summary, String href, int moduleCount, int lessonCount, String duration) {
    }

    public record LessonCard(Text title, Text description, String href, String duration, List<Text> objectives,
                             boolean current) {
    }

    public record ModuleView(int number, Text title, Text description, String href, String duration,
                             List<LessonCard> lessons, boolean current) {
    }

    public record CourseView(Text title, Text summary, Text audience, Text level, Text licence, String duration,
                             int moduleCount, int lessonCount, String href, String startHref, List<ModuleView> modules) {
    }

    /** The body of a module or lesson page, rendered from Markdown, with the language it is written in. */
    public record Body(String html, String lang, String dir, boolean foreign) {
    }

    public record LessonView(Text title, Text description, String duration, List<Text> objectives, Body body,
                             int number, int total, LessonCard previous, LessonCard next) {
    }

    public record LanguageChoice(String lang, String dir, String name, String href) {
    }

    /** One language in the translation report. */
    public record ReportLocale(String lang, String dir, String name, String percent, SegmentCount count, String ui,
                               String uiMissing, String adaptations, List<ReportCourse> courses) {
    }

    public record ReportCourse(String title, String percent, List<ReportRow> rows) {
    }

    /** One page of one language in the translation report. */
    public record ReportRow(String title, String href, String percent, SegmentCount count, String adaptation) {
    }
}
