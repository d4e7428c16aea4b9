package org.moocbuilder.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.moocbuilder.content.Course;
import org.moocbuilder.diag.Diagnostics;
import org.moocbuilder.i18n.LocaleInfo;
import org.moocbuilder.lms.ScormPackage;
import org.moocbuilder.output.OutputFile;
import org.moocbuilder.quiz.CourseQuizzes;
import org.moocbuilder.render.SiteRenderer;
import org.moocbuilder.translate.AssetPlacement;

/**
 * {@code mooc export --format scorm}: each course in each language as a SCORM 1.2 package,
 * {@code <out>/<lang>/<course>.zip}, its pages drawn by the build's renderer with the same theme.
 */
public final class LmsExport {

    /**
     * Writes the packages of every language, or of the languages in {@code onlyLocales} when it
     * names any. Nothing is written when the analysis or a page reports an error.
     */
    public CatalogExchange.Outcome exportScorm(Path projectDir, Path out, List<String> onlyLocales) throws IOException {
        Diagnostics diagnostics = new Diagnostics();
        Optional<SiteBuilder.Analysis> analyzed = new SiteBuilder()
                .analyze(new BuildRequest(projectDir, projectDir.resolve("site-out"), onlyLocales, false), diagnostics);
        List<String> lines = new ArrayList<>();
        if (analyzed.isEmpty()) {
            return new CatalogExchange.Outcome(diagnostics, lines);
        }
        SiteBuilder.Analysis a = analyzed.get();
        SiteRenderer renderer = new SiteBuilder().renderer(a, diagnostics);
        record Packed(Path target, byte[] bytes, String line) {
        }
        List<Packed> packages = new ArrayList<>();
        for (LocaleInfo locale : a.languages().locales()) {
            if (!onlyLocales.isEmpty() && !onlyLocales.contains(locale.tag())) {
                continue;
            }
            for (Course course : a.site().courses()) {
                List<OutputFile> files = new ArrayList<>();
                int pages = renderer.renderPackage(locale, course, ScormPackage.SCRIPT, files::add, diagnostics);
                files.addAll(assets(a, locale, course));
                Path target = out.resolve(locale.tag()).resolve(course.slug() + ".zip");
                byte[] bytes = ScormPackage.of(course, locale, renderer.outline(locale, course), withQuizzes(a, course),
                        files).toBytes();
                packages.add(new Packed(target, bytes, target + ": " + course.lessons().size() + " lessons, "
                        + pages + " pages (SCORM 1.2)"));
            }
        }
        if (diagnostics.hasErrors()) {
            return new CatalogExchange.Outcome(diagnostics, lines);
        }
        for (Packed packed : packages) {
            Files.createDirectories(packed.target().getParent());
            Path temporary = packed.target().resolveSibling(packed.target().getFileName() + ".tmp");
            Files.write(temporary, packed.bytes());
            Files.move(temporary, packed.target(), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            lines.add(packed.line());
        }
        return new CatalogExchange.Outcome(diagnostics, lines);
    }

    /** The theme's assets, the package script, and the course's own files in this language. */
    private static List<OutputFile> assets(SiteBuilder.Analysis a, LocaleInfo locale, Course course) {
        List<OutputFile> files = new ArrayList<>();
        a.theme().assets().forEach((name, bytes) -> files.add(OutputFile.of("assets/" + name, bytes)));
        files.add(OutputFile.of(ScormPackage.SCRIPT, a.theme().packageScript()));
        course.assets().forEach(asset -> files.add(SiteBuilder.assetFile(a.assets().of(locale, asset))));
        return files;
    }

    private static Set<String> withQuizzes(SiteBuilder.Analysis a, Course course) {
        Set<String> paths = new HashSet<>();
        CourseQuizzes quizzes = a.quizzes().get(course.slug());
        if (quizzes != null) {
            quizzes.lessons().stream().filter(l -> !l.quizzes().isEmpty()).forEach(l -> paths.add(l.lesson().outputPath()));
        }
        return paths;
    }
}
