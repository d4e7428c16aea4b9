package org.moocbuilder.lms;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.moocbuilder.content.Course;
import org.moocbuilder.content.Lesson;
import org.moocbuilder.content.Module;
import org.moocbuilder.i18n.LocaleInfo;
import org.moocbuilder.output.DeterministicZip;
import org.moocbuilder.output.OutputFile;
import org.moocbuilder.render.Theme;
import org.moocbuilder.render.Views;

/**
 * One course in one language as a SCORM 1.2 package: {@code imsmanifest.xml} at the root, and
 * the course's pages, the theme's assets and the course's files at the paths they have in the
 * site, so every relative link the build wrote works unchanged. Each module introduction and
 * each lesson is a SCO (see docs/lms.md for why); the course home is in the package, for the
 * pages' links, but not in the LMS's menu.
 */
public final class ScormPackage {

    public static final String MANIFEST = "imsmanifest.xml";
    /** Where the package pages' script sits, as a path under the package root. */
    public static final String SCRIPT = "assets/" + Theme.PACKAGE_SCRIPT;

    private ScormPackage() {
    }

    /**
     * @param outline the course's modules and lessons in the package's language, in course order
     * @param withQuizzes the output paths (under the language's folder) of the lessons that hold quizzes:
     *                    only their items carry the course's mastery score
     * @param files every page, asset and course file, at its path under the site's output folder
     */
    public static DeterministicZip of(Course course, LocaleInfo locale, Views.CourseView outline,
                                      Set<String> withQuizzes, List<OutputFile> files) {
        String at = locale.tag() + "/";
        Optional<Integer> mastery = course.config().masteryScore();
        List<ScormManifest.Folder> folders = new ArrayList<>();
        for (int m = 0; m < course.modules().size(); m++) {
            Module module = course.modules().get(m);
            Views.ModuleView view = outline.modules().get(m);
            String id = "M" + (m + 1);
            List<ScormManifest.Sco> scos = new ArrayList<>();
            scos.add(new ScormManifest.Sco(id + "-INTRO", view.title().value(), at + module.outputPath(), Optional.empty()));
            for (int l = 0; l < module.lessons().size(); l++) {
                Lesson lesson = module.lessons().get(l);
                scos.add(new ScormManifest.Sco(id + "-L" + (l + 1), view.lessons().get(l).title().value(),
                        at + lesson.outputPath(),
                        withQuizzes.contains(lesson.outputPath()) ? mastery : Optional.empty()));
            }
            folders.add(new ScormManifest.Folder(id, view.title().value(), scos));
        }
        DeterministicZip zip = new DeterministicZip();
        files.forEach(zip::add);
        TreeSet<String> names = new TreeSet<>();
        zip.names().forEach(names::add);
        zip.add(MANIFEST, ScormManifest.write(identifier(course, locale), outline.title().value(), folders, names)
                .getBytes(StandardCharsets.UTF_8));
        return zip;
    }

    /** The package's identifier: course and language, in the characters an XML id may hold. */
    static String identifier(Course course, LocaleInfo locale) {
        return ("MOOC-" + course.slug() + "-" + locale.tag()).replaceAll("[^A-Za-z0-9._-]", "_");
    }
}
