package org.moocbuilder.source;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.moocbuilder.config.CourseConfig;
import org.moocbuilder.config.ReadingTarget;
import org.moocbuilder.diag.Diagnostics;
import org.moocbuilder.diag.SourcePosition;

/** Reads a course's {@code course.yml}. */
public final class CourseConfigLoader {

    static final List<String> KEYS = List.of("title", "summary", "audience", "level", "duration", "licence", "modules",
            "localizedLinkHosts", "readingLevel", "masteryScore");

    private final SourceReader reader;

    public CourseConfigLoader(SourceReader reader) {
        this.reader = reader;
    }

    private static ReadingTarget readingTarget(YamlDocument yaml, Diagnostics diagnostics) {
        Map<String, Integer> byLocale = new TreeMap<>();
        for (String key : yaml.keys()) {
            if (!key.equals("maxGrade")) {
                yaml.positiveInt(key, diagnostics).ifPresent(grade -> byLocale.put(key, grade));
            }
        }
        return new ReadingTarget(yaml.positiveInt("maxGrade", diagnostics), byLocale);
    }

    public Optional<CourseConfig> load(Path courseYml, Diagnostics diagnostics) {
        String shown = reader.displayPath(courseYml);
        if (!Files.isRegularFile(courseYml)) {
            diagnostics.error("CRS001", SourcePosition.ofFile(shown), "course.yml is missing",
                    "every course folder needs a course.yml with at least `title:`");
            return Optional.empty();
        }
        Optional<YamlDocument> parsed = reader.readYaml(courseYml, diagnostics);
        if (parsed.isEmpty()) {
            return Optional.empty();
        }
        YamlDocument yaml = parsed.get();
        yaml.warnUnknownKeys(KEYS, "CRS002", diagnostics);
        Optional<String> title = yaml.text("title", diagnostics);
        if (title.isEmpty()) {
            diagnostics.error("CRS003", yaml.start(), "course.yml has no `title`", "add `title: Name of the course`");
            return Optional.empty();
        }
        return Optional.of(new CourseConfig(
                title.get(),
                yaml.text("summary", diagnostics).orElse(""),
                yaml.text("audience", diagnostics).orElse(""),
                yaml.text("level", diagnostics).orElse(""),
                yaml.positiveInt("duration", diagnostics),
                yaml.text("licence", diagnostics).orElse(""),
                yaml.textList("modules", diagnostics),
                yaml.textList("localizedLinkHosts", diagnostics),
                yaml.mapping("readingLevel", diagnostics).map(r -> readingTarget(r, diagnostics)).orElse(ReadingTarget.NONE),
                yaml.wholeNumberIn("masteryScore", 0, 100, "CRS010", "the percentage of a lesson's quizzes a learner must"
                        + " answer right to pass it in an LMS, for example `masteryScore: 80`", diagnostics),
                yaml.fieldPositions()));
    }
}
