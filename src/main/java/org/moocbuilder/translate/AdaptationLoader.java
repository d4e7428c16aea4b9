package org.moocbuilder.translate;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.moocbuilder.content.Lesson;
import org.moocbuilder.content.MarkdownSource;
import org.moocbuilder.diag.Diagnostics;
import org.moocbuilder.diag.SourcePosition;
import org.moocbuilder.source.FrontMatter;
import org.moocbuilder.source.MarkdownNesting;
import org.moocbuilder.source.SourceFile;
import org.moocbuilder.source.SourceReader;
import org.moocbuilder.source.YamlDocument;

/** Reads whole-page adaptations of lessons and checks that they are not stale. */
public final class AdaptationLoader {

    static final List<String> KEYS = List.of("source", "title", "description", "objectives");

    private final Path localesDir;
    private final SourceReader reader;
    /** Each lesson's revision, digested once for all the languages that adapt it. */
    private final Map<String, String> revisions = new ConcurrentHashMap<>();

    public AdaptationLoader(Path localesDir, SourceReader reader) {
        this.localesDir = localesDir;
        this.reader = reader;
    }

    public Path file(String locale, Lesson lesson) {
        return localesDir.resolve(locale).resolve("pages").resolve(lesson.body().sitePath());
    }

    public Optional<Adaptation> load(String locale, Lesson lesson, Diagnostics diagnostics) {
        Path file = file(locale, lesson);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Optional<SourceFile> read = reader.read(file, diagnostics);
        if (read.isEmpty()) {
            return Optional.empty();
        }
        String shown = read.get().displayPath();
        FrontMatter split = FrontMatter.split(read.get().text());
        String current = revisions.computeIfAbsent(lesson.body().sitePath(), path -> revision(lesson));
        if (!split.isPresent() || split.isUnterminated()) {
            diagnostics.error("TR011", SourcePosition.at(shown, 1, 1),
                    "page adaptation has no front matter", "start it with `---`, `source: \"" + current + "\"`, `title: ...`, `---`");
            return Optional.empty();
        }
        Optional<YamlDocument> yaml = YamlDocument.parse(split.yaml(), shown, split.yamlFirstLine(), diagnostics);
        if (yaml.isEmpty()) {
            return Optional.empty();
        }
        YamlDocument meta = yaml.get();
        MarkdownSource body = new MarkdownSource(shown, lesson.body().sitePath(), split.body(), split.bodyFirstLine());
        if (!MarkdownNesting.withinLimit(body, "TR014", diagnostics)) {
            return Optional.empty();
        }
        meta.warnUnknownKeys(KEYS, "TR012", diagnostics);
        String translates = meta.text("source", diagnostics).orElse("");
        Adaptation adaptation = new Adaptation(meta.text("title", diagnostics), meta.text("description", diagnostics),
                meta.has("objectives") ? Optional.of(meta.textList("objectives", diagnostics)) : Optional.empty(),
                bodyReader(file, shown, lesson.body().sitePath(), body.firstLine()), translates, current);
        if (adaptation.isStale()) {
            diagnostics.warning("TR010", meta.positionOf("source"), "page adaptation is stale: it translates source revision `"
                    + translates + "`, the source is now `" + current + "` (" + lesson.body().file() + ")",
                    "update the adaptation to the changed source, then set `source: \"" + current + "\"`");
        }
        return Optional.of(adaptation);
    }

    /**
     * Reads the adaptation's body again when its page is drawn (it was checked when loaded), so
     * the text is not held in between. If the file changed meanwhile (a live edit, answered by
     * a new build), the body read now; if it can no longer be read, an empty one.
     */
    private Supplier<MarkdownSource> bodyReader(Path file, String shown, String sitePath, int firstLine) {
        return () -> {
            Optional<SourceFile> read = reader.read(file, new Diagnostics());
            FrontMatter split = read.map(r -> FrontMatter.split(r.text())).orElse(null);
            boolean usable = split != null && split.isPresent() && !split.isUnterminated()
                    && MarkdownNesting.firstLineTooDeep(split.body()) < 0;
            return usable ? new MarkdownSource(shown, sitePath, split.body(), split.bodyFirstLine())
                    : new MarkdownSource(shown, sitePath, "", firstLine);
        };
    }

    public static String revision(Lesson lesson) {
        return SourceRevision.of(lesson.title(), lesson.description(), lesson.objectives(), lesson.body().markdown());
    }
}
