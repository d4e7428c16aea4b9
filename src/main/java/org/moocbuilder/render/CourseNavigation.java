package org.moocbuilder.render;

import freemarker.core.HTMLOutputFormat;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.moocbuilder.content.Course;
import org.moocbuilder.content.Lesson;
import org.moocbuilder.content.Module;
import org.moocbuilder.diag.Diagnostics;
import org.moocbuilder.render.Views.CourseView;
import org.moocbuilder.render.Views.LessonCard;
import org.moocbuilder.render.Views.ModuleView;

/**
 * What the pages of one course in one language show of the whole course, worked out once:
 * titles looked up, durations formatted, and for each module the views and the drawn course
 * navigation its pages share (they all sit in the module's folder, so every link in them is
 * the same). A page only marks where it is. The pages of a course may be drawn on several
 * threads at once: all is fixed when made, but for the modules' shares, made on first use.
 */
final class CourseNavigation {

    /** What other pages show of a lesson, in this language. */
    record LessonFacts(Lesson lesson, int index, Text title, Text description, String duration, List<Text> objectives,
                       boolean hasQuizzes) {
    }

    /** The views the pages of one module share, and their navigation drawn once. */
    record ModuleShare(CourseView course, ModuleView module, String navigation) {
    }

    private final PageViews views;
    private final Course course;
    private final List<LessonFacts> lessons = new ArrayList<>();
    private final Map<String, LessonFacts> byPath = new HashMap<>();
    private final Map<String, ModuleShare> shares = new ConcurrentHashMap<>();

    /** @param withQuizzes the output paths of the course's lessons that hold quizzes */
    CourseNavigation(PageViews views, Course course, Set<String> withQuizzes) {
        this.views = views;
        this.course = course;
        for (Lesson lesson : course.lessons()) {
            LessonFacts facts = new LessonFacts(lesson, lessons.size(), views.lessonTitle(course, lesson),
                    views.lessonDescription(course, lesson), lesson.durationMinutes().map(views::duration).orElse(""),
                    views.objectives(course, lesson), withQuizzes.contains(lesson.outputPath()));
            lessons.add(facts);
            byPath.put(lesson.outputPath(), facts);
        }
    }

    Course course() {
        return course;
    }

    LessonFacts lesson(Lesson lesson) {
        return byPath.get(lesson.outputPath());
    }

    int lessonCount() {
        return lessons.size();
    }

    /** The lesson before or after {@code lesson} in the course, as a card for the page at {@code from}. */
    Optional<LessonCard> neighbour(LessonFacts lesson, int step, String from) {
        int index = lesson.index() + step;
        if (index < 0 || index >= lessons.size()) {
            return Optional.empty();
        }
        return Optional.of(card(lessons.get(index), from));
    }

    /** The course as its home page shows it. */
    CourseView courseView(String from) {
        return courseView(from, null);
    }

    /** The views and navigation every page of {@code module} shares, made on first use. */
    ModuleShare share(Module module, PageRenderer renderer, Diagnostics diagnostics) {
        return shares.computeIfAbsent(module.outputPath(), from -> {
            CourseView courseView = courseView(from, module);
            ModuleView moduleView = courseView.modules().stream().filter(ModuleView::current).findFirst().orElseThrow();
            String navigation = renderer.fragment("course-nav.ftlh", Map.of("course", courseView), views.messages(),
                    diagnostics).orElse("");
            return new ModuleShare(courseView, moduleView, navigation);
        });
    }

    /**
     * The module's navigation with the link to the page at {@code href} (relative to the
     * module's folder) marked {@code aria-current="page"}, as the theme's links are written.
     */
    static String markCurrent(String navigation, String href) {
        String attribute = "href=\"" + HTMLOutputFormat.INSTANCE.escapePlainText(href) + "\"";
        int at = navigation.indexOf(attribute);
        int end = at < 0 ? -1 : navigation.indexOf('>', at + attribute.length());
        if (end < 0) {
            return navigation;
        }
        return navigation.substring(0, end) + " aria-current=\"page\"" + navigation.substring(end);
    }

    private CourseView courseView(String from, Module current) {
        List<ModuleView> modules = new ArrayList<>();
        int number = 1;
        for (Module module : course.modules()) {
            List<LessonCard> cards = new ArrayList<>();
            for (Lesson lesson : module.lessons()) {
                cards.add(card(byPath.get(lesson.outputPath()), from));
            }
            modules.add(new ModuleView(number++, views.moduleTitle(course, module), views.moduleDescription(course, module),
                    views.href(from, module.outputPath()), views.duration(module.totalMinutes()), cards,
                    current != null && module.outputPath().equals(current.outputPath())));
        }
        return new CourseView(views.text(course, course.config().title()), views.text(course, course.config().summary()),
                views.text(course, course.config().audience()), views.text(course, course.config().level()),
                views.own(course.config().licence()), views.duration(course.totalMinutes()), course.modules().size(),
                lessons.size(), views.href(from, course.outputPath()), views.href(from, lessons.get(0).lesson().outputPath()),
                modules);
    }

    private LessonCard card(LessonFacts lesson, String from) {
        return new LessonCard(lesson.title(), lesson.description(), views.href(from, lesson.lesson().outputPath()),
                lesson.duration(), lesson.objectives(), false);
    }
}
