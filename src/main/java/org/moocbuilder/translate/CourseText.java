package org.moocbuilder.translate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.moocbuilder.config.CourseConfig;
import org.moocbuilder.config.SiteConfig;
import org.moocbuilder.content.Course;
import org.moocbuilder.content.Lesson;
import org.moocbuilder.content.MarkdownSource;
import org.moocbuilder.content.Module;
import org.moocbuilder.diag.Diagnostics;
import org.moocbuilder.diag.FieldPositions;
import org.moocbuilder.parallel.Parallel;

/** Everything translatable in a course, page by page, in course order. */
public final class CourseText {

    private CourseText() {
    }

    /** The course's pages, then the text of its SVG diagrams (each as a page; see {@link DiagramText#page}). */
    public static List<PageText> of(Course course, String courseYml, SegmentFinder finder, Diagnostics diagnostics) {
        List<PageText> pages = new ArrayList<>();
        CourseConfig config = course.config();
        FieldPositions at = config.fields();
        List<Segment> courseFields = new ArrayList<>();
        field(finder, courseFields, SegmentKind.COURSE_TITLE, config.title(), at, "title");
        field(finder, courseFields, SegmentKind.COURSE_SUMMARY, config.summary(), at, "summary");
        field(finder, courseFields, SegmentKind.COURSE_AUDIENCE, config.audience(), at, "audience");
        field(finder, courseFields, SegmentKind.COURSE_LEVEL, config.level(), at, "level");
        pages.add(new PageText(courseYml, course.outputPath(), courseFields, null, List.of(), List.of(), Map.of()));
        // Cutting a page into segments parses its Markdown: pages are independent, so in parallel, kept in order.
        List<Supplier<PageText>> rest = new ArrayList<>();
        for (Module module : course.modules()) {
            rest.add(() -> {
                List<Segment> fields = new ArrayList<>();
                field(finder, fields, SegmentKind.MODULE_TITLE, module.title(), module.fields(), "title");
                field(finder, fields, SegmentKind.MODULE_DESCRIPTION, module.description(), module.fields(), "description");
                return page(module.intro().file(), module.outputPath(), fields, module.intro(), finder);
            });
            for (Lesson lesson : module.lessons()) {
                rest.add(() -> lessonPage(lesson, finder));
            }
        }
        pages.addAll(Parallel.map(rest, Supplier::get));
        course.assets().stream().filter(asset -> DiagramText.isSvg(asset.sitePath()))
                .forEach(asset -> DiagramText.page(asset, finder, diagnostics).ifPresent(pages::add));
        return pages;
    }

    private static PageText lessonPage(Lesson lesson, SegmentFinder finder) {
        List<Segment> lessonFields = new ArrayList<>();
        field(finder, lessonFields, SegmentKind.LESSON_TITLE, lesson.title(), lesson.fields(), "title");
        field(finder, lessonFields, SegmentKind.LESSON_DESCRIPTION, lesson.description(), lesson.fields(), "description");
        for (int i = 0; i < lesson.objectives().size(); i++) {
            lessonFields.add(finder.field(SegmentKind.OBJECTIVE, lesson.objectives().get(i),
                    lesson.fields().at("objectives", i)));
        }
        return page(lesson.body().file(), lesson.outputPath(), lessonFields, lesson.body(), finder);
    }

    /** The site's own translatable text: its title. */
    public static PageText ofSite(SiteConfig config, SegmentFinder finder) {
        List<Segment> fields = new ArrayList<>();
        field(finder, fields, SegmentKind.SITE_TITLE, config.title(), config.fields(), "title");
        return new PageText(config.fields().file(), "index.html", fields, null, List.of(), List.of(), Map.of());
    }

    private static PageText page(String file, String outputPath, List<Segment> fields, MarkdownSource body,
                                 SegmentFinder finder) {
        SegmentFinder.Found found = finder.find(body);
        return new PageText(file, outputPath, fields, body, found.segments(), found.quizTexts(), found.headingIds());
    }

    private static void field(SegmentFinder finder, List<Segment> out, SegmentKind kind, String value, FieldPositions at,
                              String key) {
        if (value != null && !value.isBlank()) {
            out.add(finder.field(kind, value.strip(), at.at(key)));
        }
    }
}
