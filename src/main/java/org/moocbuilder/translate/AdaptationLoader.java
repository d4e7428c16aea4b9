package org.moocbuilder.translate;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.moocbuilder.content.Lesson;
import org.moocbuilder.content.MarkdownSource;
import org.moocbuilder.content.Module;
import org.moocbuilder.diag.Diagnostics;
import org.moocbuilder.diag.SourcePosition;
import org.moocbuilder.quiz.Quiz;
import org.moocbuilder.quiz.QuizLoader;
import org.moocbuilder.source.FrontMatter;
import org.moocbuilder.source.MarkdownNesting;
import org.moocbuilder.source.SourceFile;
import org.moocbuilder.source.SourceReader;
import org.moocbuilder.source.YamlDocument;

/**
 * Reads whole-page adaptations of lessons and module pages, checks their quizzes as a source
 * lesson's are checked (at the adaptation's lines), and checks that they are not stale.
 */
public final class AdaptationLoader {

    static final List<String> KEYS = List.of("source", "title", "description", "objectives");
    /** A module page has no objectives. */
    static final List<String> MODULE_KEYS = List.of("source", "title", "description");

    private final Path localesDir;
    private final SourceReader reader;
    private final QuizLoader quizzes;
    /** Each page's revision, digested once for all the languages that adapt it. */
    private final Map<String, String> revisions = new ConcurrentHashMap<>();
    /**
     * Adaptation bodies are kept from loading to drawing up to this many characters in all, and
     * read again when drawn past it: reading each twice was 3% of a 6,066-page build, and a fixed
     * limit keeps the memory bounded whatever the size of the site.
     */
    static final long KEPT_CHARACTERS = 32 * 1024 * 1024;
    private final AtomicLong kept = new AtomicLong();

    public AdaptationLoader(Path localesDir, SourceReader reader, QuizLoader quizzes) {
        this.localesDir = localesDir;
        this.reader = reader;
        this.quizzes = quizzes;
    }

    /** Where the adaptation of the source page {@code page} (a lesson's or a module's Markdown) is for {@code locale}. */
    public Path file(String locale, MarkdownSource page) {
        return localesDir.resolve(locale).resolve("pages").resolve(page.sitePath());
    }

    public Optional<Adaptation> load(String locale, Lesson lesson, Diagnostics diagnostics) {
        String current = revisions.computeIfAbsent(lesson.body().sitePath(), path -> revision(lesson));
        return load(locale, lesson.body(), current, KEYS, diagnostics);
    }

    public Optional<Adaptation> load(String locale, Module module, Diagnostics diagnostics) {
        String current = revisions.computeIfAbsent(module.intro().sitePath(), path -> revision(module));
        return load(locale, module.intro(), current, MODULE_KEYS, diagnostics);
    }

    private Optional<Adaptation> load(String locale, MarkdownSource source, String current, List<String> keys,
                                      Diagnostics diagnostics) {
        Path file = file(locale, source);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Optional<SourceFile> read = reader.read(file, diagnostics);
        if (read.isEmpty()) {
            return Optional.empty();
        }
        String shown = read.get().displayPath();
        FrontMatter split = FrontMatter.split(read.get().text());
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
        MarkdownSource body = new MarkdownSource(shown, source.sitePath(), split.body(), split.bodyFirstLine());
        if (!MarkdownNesting.withinLimit(body, "TR014", diagnostics)) {
            return Optional.empty();
        }
        meta.warnUnknownKeys(keys, "TR012", diagnostics);
        String translates = meta.text("source", diagnostics).orElse("");
        // Checked here, once, as the source's quizzes are: a broken quiz is an error at its line, never raw YAML on the page.
        List<Quiz> checked = quizzes.quizzes(body, diagnostics);
        Adaptation adaptation = new Adaptation(shown, meta.text("title", diagnostics), meta.text("description", diagnostics),
                keys.contains("objectives") && meta.has("objectives") ? Optional.of(meta.textList("objectives", diagnostics))
                        : Optional.empty(),
                keep(body) ? () -> body : bodyReader(file, shown, source.sitePath(), body.firstLine()), checked, translates,
                current);
        if (adaptation.isStale()) {
            diagnostics.warning("TR010", meta.positionOf("source"), "page adaptation is stale: it translates source revision `"
                    + translates + "`, the source is now `" + current + "` (" + source.file() + ")",
                    "update the adaptation to the changed source, then set `source: \"" + current + "\"`");
        }
        return Optional.of(adaptation);
    }

    /** Whether the body fits in what is left of the characters kept. */
    private boolean keep(MarkdownSource body) {
        long length = body.markdown().length();
        if (kept.addAndGet(length) <= KEPT_CHARACTERS) {
            return true;
        }
        kept.addAndGet(-length);
        return false;
    }

    /**
     * Reads the adaptation's body again when its page is drawn (it was checked when loaded), for a
     * body past the characters kept. If the file changed meanwhile (a live edit, answered by
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

    public static String revision(Module module) {
        return SourceRevision.of(module.title(), module.description(), List.of(), module.intro().markdown());
    }
}
