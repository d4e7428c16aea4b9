package org.moocbuilder.serve;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import org.moocbuilder.build.BuildRequest;
import org.moocbuilder.build.SiteBuilder;
import org.moocbuilder.content.Course;
import org.moocbuilder.content.Lesson;
import org.moocbuilder.diag.Diagnostic;
import org.moocbuilder.diag.Diagnostics;
import org.moocbuilder.memo.Memo;
import org.moocbuilder.output.OutputFile;
import org.moocbuilder.quiz.Quiz;

/**
 * The site as the dev server holds it: every file in memory, and the analysis it came from.
 * An edit re-reads the sources (fast), then redraws only what the edit can change: the body of
 * an edited lesson in every language, the pages of a language whose bundles changed, and
 * everything when anything else changed (a title, the order, the theme, settings).
 */
public final class LiveSite {

    /** What an update did, for the terminal and the browser. */
    public record Update(boolean ok, int pages, long millis, List<Diagnostic> diagnostics, String scope) {
    }

    private final Path project;
    private final SiteBuilder builder = new SiteBuilder();
    /** What the analysis parsed, kept across updates: a saved lesson re-parses that lesson only. */
    private final Memo memo = Memo.live();
    private final Map<String, byte[]> files = new ConcurrentHashMap<>();
    private volatile SiteBuilder.Analysis analysis;
    private volatile List<Diagnostic> errors = List.of();

    public LiveSite(Path project) {
        this.project = project.toAbsolutePath().normalize();
    }

    public Optional<byte[]> file(String path) {
        return Optional.ofNullable(files.get(path));
    }

    /** The errors of the last update, shown over the page until an update succeeds. */
    public List<Diagnostic> errors() {
        return errors;
    }

    /** Rebuilds after {@code changed} (paths under the project); everything when empty. */
    public synchronized Update update(Set<Path> changed) {
        long start = System.nanoTime();
        Diagnostics diagnostics = new Diagnostics();
        SiteBuilder.Analysis previous = analysis;
        memo.nextGeneration();
        Optional<SiteBuilder.Analysis> next = builder.analyze(
                new BuildRequest(project, project.resolve("site-out"), List.of(), false), diagnostics,
                previous != null && errors.isEmpty() && !changed.isEmpty() && !touchesThemeOrSettings(changed)
                        ? previous.theme() : null, memo);
        if (next.isEmpty()) {
            errors = diagnostics.sorted().stream().filter(Diagnostic::isError).toList();
            return new Update(false, 0, millis(start), diagnostics.sorted(), "none");
        }
        Predicate<String> scope = null;
        String described = "everything";
        if (previous != null && !changed.isEmpty()) {
            Optional<Narrow> narrow = narrow(previous, next.get(), changed);
            if (narrow.isPresent()) {
                scope = narrow.get().scope();
                described = narrow.get().description();
            } else {
                described = "everything after " + changedFiles(changed);
            }
        }
        Optional<SiteBuilder.Rendered> rendered = builder.render(next.get(), diagnostics, page -> { }, scope == null ? page -> true : scope);
        if (rendered.isEmpty()) {
            errors = diagnostics.sorted().stream().filter(Diagnostic::isError).toList();
            return new Update(false, 0, millis(start), diagnostics.sorted(), described);
        }
        Map<String, byte[]> fresh = new HashMap<>();
        for (OutputFile file : rendered.get().files()) {
            fresh.put(file.path(), file.content());
        }
        if (scope == null) {
            files.keySet().retainAll(fresh.keySet());
        }
        files.putAll(fresh);
        analysis = next.get();
        errors = List.of();
        return new Update(true, rendered.get().pages(), millis(start), diagnostics.sorted(), described);
    }

    /** Whether a change can reach the theme: its files, or site.yml (which names it). */
    private boolean touchesThemeOrSettings(Set<Path> changed) {
        return changed.stream().map(path -> project.relativize(path.toAbsolutePath().normalize()))
                .anyMatch(path -> path.startsWith("themes") || path.equals(Path.of("content", "site.yml")));
    }

    /** The changed files as an author names them, the first three and a count of the rest. */
    private String changedFiles(Set<Path> changed) {
        List<String> names = changed.stream()
                .map(path -> project.relativize(path.toAbsolutePath().normalize()).toString().replace('\\', '/'))
                .sorted().toList();
        String shown = String.join(", ", names.subList(0, Math.min(3, names.size())));
        return names.size() > 3 ? shown + " and " + (names.size() - 3) + " more" : shown;
    }

    private record Narrow(Predicate<String> scope, String description) {
    }

    /**
     * When only lesson bodies or one language's bundles changed, the pages to redraw; empty
     * when the edit can reach further (a title shows in every navigation, say).
     */
    private Optional<Narrow> narrow(SiteBuilder.Analysis before, SiteBuilder.Analysis after, Set<Path> changed) {
        if (!before.site().config().equals(after.site().config()) || before.site().courses().size() != after.site().courses().size()) {
            return Optional.empty();
        }
        List<Lesson> lessons = new ArrayList<>();
        String locale = null;
        for (Path path : changed) {
            Path relative = project.relativize(path.toAbsolutePath().normalize());
            String first = relative.getNameCount() > 0 ? relative.getName(0).toString() : "";
            if (first.equals("content") && path.toString().endsWith(".md")) {
                Optional<Lesson> lesson = lessonAt(after, path);
                if (lesson.isEmpty() || !sameOutline(lessonAt(before, path), lesson.get())
                        || !quizIds(before, lesson.get()).equals(quizIds(after, lesson.get()))) {
                    return Optional.empty();
                }
                lessons.add(lesson.get());
            } else if (first.equals("locales") && relative.getNameCount() > 1) {
                String tag = relative.getName(1).toString();
                if (locale != null && !locale.equals(tag) || !after.site().config().allLocales().contains(tag)) {
                    return Optional.empty();
                }
                locale = tag;
            } else {
                return Optional.empty();
            }
        }
        if (locale != null && !lessons.isEmpty()) {
            return Optional.empty();
        }
        if (locale != null) {
            String prefix = locale + "/";
            return Optional.of(new Narrow(page -> page.startsWith(prefix), "the " + locale + " pages"));
        }
        Set<String> outputs = new HashSet<>();
        for (Lesson lesson : lessons) {
            outputs.add(lesson.outputPath());
        }
        return Optional.of(new Narrow(page -> page.indexOf('/') > 0 && outputs.contains(page.substring(page.indexOf('/') + 1)),
                lessons.size() == 1 ? lessons.get(0).body().file() + " in every language" : lessons.size() + " lessons"));
    }

    /** Whether what other pages show of a lesson (its title, description, duration, objectives, place) is unchanged. */
    private static boolean sameOutline(Optional<Lesson> before, Lesson after) {
        return before.isPresent() && Objects.equals(before.get().title(), after.title())
                && Objects.equals(before.get().description(), after.description())
                && Objects.equals(before.get().durationMinutes(), after.durationMinutes())
                && Objects.equals(before.get().objectives(), after.objectives())
                && Objects.equals(before.get().outputPath(), after.outputPath());
    }

    /** The quiz ids of a lesson, which the course home's progress box lists. */
    private static List<String> quizIds(SiteBuilder.Analysis site, Lesson lesson) {
        return site.quizzes().values().stream().flatMap(c -> c.lessons().stream())
                .filter(l -> l.lesson().body().sitePath().equals(lesson.body().sitePath()))
                .flatMap(l -> l.quizzes().stream()).map(Quiz::id).toList();
    }

    private Optional<Lesson> lessonAt(SiteBuilder.Analysis site, Path file) {
        String sitePath = project.resolve("content").relativize(file.toAbsolutePath().normalize()).toString().replace('\\', '/');
        for (Course course : site.site().courses()) {
            for (Lesson lesson : course.lessons()) {
                if (lesson.body().sitePath().equals(sitePath)) {
                    return Optional.of(lesson);
                }
            }
        }
        return Optional.empty();
    }

    private static long millis(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
