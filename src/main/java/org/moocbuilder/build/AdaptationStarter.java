package org.moocbuilder.build;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.moocbuilder.config.SiteConfig;
import org.moocbuilder.content.Course;
import org.moocbuilder.content.Lesson;
import org.moocbuilder.content.Module;
import org.moocbuilder.diag.Diagnostics;
import org.moocbuilder.source.SiteConfigLoader;
import org.moocbuilder.source.SourceReader;
import org.moocbuilder.translate.AdaptationLoader;
import org.moocbuilder.translate.LocaleTranslation;
import org.moocbuilder.translate.TranslatedText;

/**
 * {@code mooc adapt}: starts a whole-page adaptation of a lesson or module page for one language,
 * at {@code locales/<lang>/pages/<path under content/>}, from the page as that language shows it
 * today (the bundle's translations, the source text where there is none, headings with their
 * source ids) and with the source's revision recorded, so it is up to date from the start.
 */
public final class AdaptationStarter {

    private static final YAMLMapper YAML = YAMLMapper.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
            // A translator edits these lines: one line per value, not YAML's folded continuation lines.
            .disable(YAMLGenerator.Feature.SPLIT_LINES)
            .build();

    /**
     * What happened: the file made (as shown to users) with the revision it records and the share
     * of the page's words that came translated; or why nothing was made ({@code usage}: the command
     * line asked for something impossible; otherwise the course has errors, in {@code diagnostics}).
     */
    public record Outcome(String created, String revision, double translatedPercent, int fuzzyLeftOut, boolean hasQuizzes,
                          String problem, boolean usage, Diagnostics diagnostics) {
        static Outcome refused(String problem) {
            return new Outcome(null, null, 0, 0, false, problem, true, new Diagnostics());
        }

        static Outcome invalid(String problem, Diagnostics diagnostics) {
            return new Outcome(null, null, 0, 0, false, problem, false, diagnostics);
        }
    }

    /** One page to adapt: its text in the language, its fields, its revision. */
    private record Page(String sitePath, String outputPath, String revision, String title, String description,
                        List<String> objectives) {
    }

    public Outcome start(Path projectDir, Path page, String locale) throws IOException {
        Path project = projectDir.toAbsolutePath().normalize();
        SourceReader reader = new SourceReader(project);
        Diagnostics diagnostics = new Diagnostics();
        Optional<SiteConfig> config = new SiteConfigLoader(reader).load(project.resolve("content/site.yml"), diagnostics);
        if (config.isEmpty()) {
            return Outcome.invalid("content/site.yml has errors", diagnostics);
        }
        if (!config.get().targetLocales().contains(locale)) {
            return Outcome.refused(locale.equals(config.get().sourceLocale())
                    ? "`" + locale + "` is the language the course is written in; adapt a page for one of its translations"
                    : "`" + locale + "` is not a language of this site (locales: " + String.join(", ",
                    config.get().targetLocales()) + ")");
        }
        Path content = project.resolve("content");
        Path file = page.toAbsolutePath().normalize();
        if (!file.startsWith(content)) {
            return Outcome.refused(page + " is not under content/; name a lesson file or a module.md of the course");
        }
        String sitePath = content.relativize(file).toString().replace('\\', '/');
        Optional<SiteBuilder.Analysis> analyzed = new SiteBuilder()
                .analyze(new BuildRequest(project, project.resolve("site-out"), List.of(locale), false), diagnostics);
        if (analyzed.isEmpty()) {
            return Outcome.invalid("the course has errors; fix them first", diagnostics);
        }
        SiteBuilder.Analysis a = analyzed.get();
        LocaleTranslation translation = a.translations().byLocale().get(locale);
        Optional<Page> found = find(a, sitePath, translation);
        if (found.isEmpty()) {
            return Outcome.refused("content/" + sitePath + " is not a lesson or a module.md of the course");
        }
        Path target = project.resolve("locales").resolve(locale).resolve("pages").resolve(sitePath);
        String shown = reader.displayPath(target);
        if (Files.exists(target)) {
            return Outcome.refused(shown + " already exists; edit it, and set its `source:` as mooc extract says");
        }
        Optional<String> body = translation.body(sitePath).map(TranslatedText::markdown);
        if (body.isEmpty()) {
            return Outcome.refused("content/" + sitePath + " is already adapted for " + locale);
        }
        if (!reader.writesInsideProject(target.getParent())) {
            return Outcome.refused(shown + " would be written outside the project (a folder on the way is a link that"
                    + " leads out of it); replace that link with a real folder");
        }
        Page p = found.get();
        Files.createDirectories(target.getParent());
        Files.writeString(target, "---\n" + frontMatter(p) + "---\n" + body.get(), StandardCharsets.UTF_8,
                StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS);
        double percent = translation.coverageOf(p.outputPath()).map(c -> c.count().percent()).orElse(0.0);
        // A fuzzy translation is not shown unless the site shows them, so it did not come into the
        // adaptation: the translator is told, and its text stays in the bundle.
        int fuzzy = a.site().config().showFuzzy() ? 0
                : translation.coverageOf(p.outputPath()).map(c -> c.count().fuzzy()).orElse(0);
        boolean quizzes = body.get().contains("```quiz");
        return new Outcome(shown, p.revision(), percent, fuzzy, quizzes, null, false, diagnostics);
    }

    private static Optional<Page> find(SiteBuilder.Analysis a, String sitePath, LocaleTranslation translation) {
        for (Course course : a.site().courses()) {
            for (Module module : course.modules()) {
                if (module.intro().sitePath().equals(sitePath)) {
                    return Optional.of(new Page(sitePath, module.outputPath(), AdaptationLoader.revision(module),
                            shown(translation, course, module.title()), shown(translation, course, module.description()),
                            List.of()));
                }
                for (Lesson lesson : module.lessons()) {
                    if (lesson.body().sitePath().equals(sitePath)) {
                        return Optional.of(new Page(sitePath, lesson.outputPath(), AdaptationLoader.revision(lesson),
                                shown(translation, course, lesson.title()), shown(translation, course, lesson.description()),
                                lesson.objectives().stream().map(o -> shown(translation, course, o)).toList()));
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** A field as the language shows it: translated, or the source text. */
    private static String shown(LocaleTranslation translation, Course course, String text) {
        return text == null || text.isBlank() ? "" : translation.text(course.slug(), text).orElse(text.strip());
    }

    /** The front matter, written by the YAML library so any title stays one quoted value. */
    private static String frontMatter(Page page) throws JsonProcessingException {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("source", page.revision());
        fields.put("title", page.title());
        if (!page.description().isEmpty()) {
            fields.put("description", page.description());
        }
        if (!page.objectives().isEmpty()) {
            fields.put("objectives", page.objectives());
        }
        return YAML.writeValueAsString(fields);
    }
}
