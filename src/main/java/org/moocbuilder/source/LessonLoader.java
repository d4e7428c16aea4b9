package org.moocbuilder.source;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.moocbuilder.content.Lesson;
import org.moocbuilder.content.MarkdownSource;
import org.moocbuilder.content.Module;
import org.moocbuilder.diag.Diagnostics;
import org.moocbuilder.diag.FieldPositions;
import org.moocbuilder.diag.SourcePosition;

/** Reads lesson files and module descriptions: front matter into fields, the rest kept as Markdown. */
final class LessonLoader {

    static final List<String> LESSON_KEYS = List.of("title", "description", "duration", "objectives");
    static final List<String> MODULE_KEYS = List.of("title", "description");

    private final SourceReader reader;

    LessonLoader(SourceReader reader) {
        this.reader = reader;
    }

    Optional<Lesson> load(Path file, String sitePath, String outputPath, Diagnostics diagnostics) {
        Optional<Parsed> parsed = parse(file, sitePath, diagnostics);
        if (parsed.isEmpty()) {
            return Optional.empty();
        }
        YamlDocument meta = parsed.get().meta();
        meta.warnUnknownKeys(LESSON_KEYS, "LES002", diagnostics);
        Optional<String> title = meta.text("title", diagnostics);
        if (title.isEmpty()) {
            diagnostics.error("LES001", meta.start(), "lesson has no title",
                    "add `title: ...` to the front matter between the `---` lines at the top of the file");
            return Optional.empty();
        }
        return Optional.of(new Lesson(Naming.slug(file.getFileName().toString()), title.get(),
                meta.text("description", diagnostics).orElse(""),
                meta.positiveInt("duration", diagnostics),
                meta.textList("objectives", diagnostics),
                parsed.get().body(), outputPath, meta.fieldPositions()));
    }

    Optional<Module> loadModule(Path moduleDir, String sitePath, String slug, List<Lesson> lessons, String outputPath,
                                Diagnostics diagnostics) {
        Path file = moduleDir.resolve("module.md");
        if (!Files.isRegularFile(file)) {
            String shown = reader.displayPath(moduleDir) + "/module.md";
            diagnostics.warning("MOD003", SourcePosition.ofFile(shown), "module has no module.md; its folder name is used as its title",
                    "create module.md with `title:` and `description:` in front matter and an introduction below");
            String title = Character.toUpperCase(slug.charAt(0)) + slug.substring(1).replace('-', ' ');
            return Optional.of(new Module(slug, title, "", new MarkdownSource(shown, sitePath, "", 1), lessons, outputPath,
                    FieldPositions.none(shown)));
        }
        Optional<Parsed> parsed = parse(file, sitePath, diagnostics);
        if (parsed.isEmpty()) {
            return Optional.empty();
        }
        YamlDocument meta = parsed.get().meta();
        meta.warnUnknownKeys(MODULE_KEYS, "MOD004", diagnostics);
        Optional<String> title = meta.text("title", diagnostics);
        if (title.isEmpty()) {
            diagnostics.error("MOD005", meta.start(), "module has no title", "add `title: ...` to the front matter of module.md");
            return Optional.empty();
        }
        if (parsed.get().body().markdown().contains("```quiz")) {
            diagnostics.error("QUIZ013", meta.start(), "module.md holds a quiz; quizzes belong in lessons",
                    "move the quiz to one of the module's lessons");
        }
        return Optional.of(new Module(slug, title.get(), meta.text("description", diagnostics).orElse(""),
                parsed.get().body(), lessons, outputPath, meta.fieldPositions()));
    }

    private record Parsed(YamlDocument meta, MarkdownSource body) {
    }

    private Optional<Parsed> parse(Path file, String sitePath, Diagnostics diagnostics) {
        Optional<SourceFile> source = reader.read(file, diagnostics);
        if (source.isEmpty()) {
            return Optional.empty();
        }
        String shown = source.get().displayPath();
        FrontMatter split = FrontMatter.split(source.get().text());
        if (split.isUnterminated()) {
            diagnostics.error("FM001", SourcePosition.at(shown, 1, 1), "front matter is opened with `---` but never closed",
                    "add a line with `---` after the last front matter line");
            return Optional.empty();
        }
        if (!split.isPresent()) {
            diagnostics.error("FM002", SourcePosition.at(shown, 1, 1), "file has no front matter",
                    "start the file with `---`, then `title: ...`, then `---`");
            return Optional.empty();
        }
        MarkdownSource body = new MarkdownSource(shown, sitePath, split.body(), split.bodyFirstLine());
        if (!MarkdownNesting.withinLimit(body, "LES005", diagnostics)) {
            return Optional.empty();
        }
        return YamlDocument.parse(split.yaml(), shown, split.yamlFirstLine(), diagnostics).map(meta -> new Parsed(meta, body));
    }
}
