package org.moocbuilder.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.moocbuilder.config.SiteConfig;
import org.moocbuilder.diag.Diagnostics;
import org.moocbuilder.diag.SourcePosition;
import org.moocbuilder.i18n.LocaleInfo;
import org.moocbuilder.quiz.CourseQuizzes;
import org.moocbuilder.quiz.GiftWriter;
import org.moocbuilder.source.SiteConfigLoader;
import org.moocbuilder.source.SourceReader;
import org.moocbuilder.translate.Catalogs;
import org.moocbuilder.translate.Compendium;
import org.moocbuilder.translate.LocaleTranslation;
import org.moocbuilder.translate.po.PoFile;
import org.moocbuilder.translate.po.PoReader;
import org.moocbuilder.translate.po.PoWriter;
import org.moocbuilder.translate.xliff.XliffFile;
import org.moocbuilder.translate.xliff.XliffMerge;
import org.moocbuilder.translate.xliff.XliffReader;
import org.moocbuilder.translate.xliff.XliffVersion;
import org.moocbuilder.translate.xliff.XliffWriter;

/** {@code mooc export --format xliff} and {@code mooc import}: the PO bundles to and from XLIFF. */
public final class CatalogExchange {

    public record Outcome(Diagnostics diagnostics, List<String> lines) {
    }

    /** Writes {@code <out>/<lang>/<bundle>.xlf} for every bundle of every (or the given) target language. */
    public Outcome export(Path projectDir, Path out, XliffVersion version, List<String> onlyLocales) throws IOException {
        Diagnostics diagnostics = new Diagnostics();
        Path project = projectDir.toAbsolutePath().normalize();
        SourceReader reader = new SourceReader(project);
        Optional<SiteConfig> config = new SiteConfigLoader(reader).load(project.resolve("content/site.yml"), diagnostics);
        List<String> lines = new ArrayList<>();
        if (config.isEmpty()) {
            return new Outcome(diagnostics, lines);
        }
        Catalogs catalogs = new Catalogs(project.resolve("locales"), reader);
        for (String locale : config.get().targetLocales()) {
            if (!onlyLocales.isEmpty() && !onlyLocales.contains(locale)) {
                continue;
            }
            for (Path bundle : bundles(project.resolve("locales").resolve(locale))) {
                String name = bundle.getFileName().toString().replaceFirst("\\.po$", "");
                Optional<PoFile> po = catalogs.read(locale, name, diagnostics);
                if (po.isEmpty()) {
                    continue;
                }
                Path target = out.resolve(locale).resolve(name + ".xlf");
                Files.createDirectories(target.getParent());
                Files.writeString(target, XliffWriter.write(po.get(), name + ".po", config.get().sourceLocale(), locale, version),
                        StandardCharsets.UTF_8);
                lines.add(target + ": " + units(po.get().entries().size()) + " (XLIFF " + version.label() + ")");
            }
        }
        return new Outcome(diagnostics, lines);
    }

    /** Writes {@code <out>/<lang>/<course>.gift} (Moodle GIFT) for the source and every (or the given) target language. */
    public Outcome exportGift(Path projectDir, Path out, List<String> onlyLocales) throws IOException {
        Diagnostics diagnostics = new Diagnostics();
        Optional<SiteBuilder.Analysis> analysis = new SiteBuilder()
                .analyze(new BuildRequest(projectDir, projectDir.resolve("site-out"), onlyLocales, false), diagnostics);
        List<String> lines = new ArrayList<>();
        if (analysis.isEmpty()) {
            return new Outcome(diagnostics, lines);
        }
        for (LocaleInfo locale : analysis.get().languages().locales()) {
            LocaleTranslation translation = analysis.get().translations().of(locale);
            for (CourseQuizzes course : analysis.get().quizzes().values().stream()
                    .sorted(Comparator.comparing(CourseQuizzes::course)).toList()) {
                if (course.isEmpty()) {
                    continue;
                }
                Path target = out.resolve(locale.tag()).resolve(course.course() + ".gift");
                Files.createDirectories(target.getParent());
                Files.writeString(target, GiftWriter.write(translation.quizzes(course), text -> translation.text(course.course(), text)),
                        StandardCharsets.UTF_8);
                long count = course.lessons().stream().mapToLong(l -> l.quizzes().size()).sum();
                lines.add(target + ": " + count + " questions (Moodle GIFT)");
            }
        }
        return new Outcome(diagnostics, lines);
    }

    /**
     * Merges the translations of XLIFF files into the PO bundles they were exported from. The
     * file's target language must be one of the site's, and its {@code original} the name of one
     * of that language's bundles, as {@link #export} writes them; the bundle's path is the one
     * found under {@code locales/}, never made from the file's text. A file that fails any check
     * changes nothing.
     */
    public Outcome importFiles(Path projectDir, List<Path> files) throws IOException {
        return Project.run(projectDir, (opened, diagnostics, lines) -> importInto(opened, files, diagnostics, lines));
    }

    private static void importInto(Project opened, List<Path> files, Diagnostics diagnostics, List<String> lines)
            throws IOException {
        Path project = opened.root();
        SourceReader reader = opened.reader();
        SiteConfig config = opened.config();
        Catalogs catalogs = new Catalogs(project.resolve("locales"), reader);
        for (Path file : files) {
            String shown = file.toString();
            Optional<XliffFile> xliff = reader.read(file.toAbsolutePath(), diagnostics)
                    .flatMap(text -> XliffReader.read(text.text(), shown, diagnostics));
            if (xliff.isEmpty()) {
                continue;
            }
            Optional<String> locale = language(xliff.get(), config, shown, diagnostics);
            if (locale.isEmpty()) {
                continue;
            }
            Optional<Path> target = bundle(xliff.get(), locale.get(), project.resolve("locales").resolve(locale.get()),
                    reader, shown, diagnostics);
            if (target.isEmpty()) {
                continue;
            }
            String bundle = target.get().getFileName().toString().replaceFirst("\\.po$", "");
            String bundleShown = reader.displayPath(target.get());
            Optional<PoFile> current = catalogs.read(locale.get(), bundle, diagnostics);
            if (current.isEmpty()) {
                diagnostics.error("TR020", SourcePosition.ofFile(bundleShown),
                        "not updated, because it cannot be read", "fix the error above; the file was left exactly as it was");
                continue;
            }
            for (XliffFile.RefusedUnit unit : xliff.get().refused()) {
                diagnostics.warning("XLF008", unit.at(), "unit `" + XliffReader.printable(String.valueOf(unit.id()))
                        + "` (line " + unit.line() + ") was not imported into " + bundleShown + " (" + locale.get()
                        + "): its <" + unit.part() + "> holds <" + unit.element()
                        + ">, an inline code that cannot be turned back into the Markdown it came from",
                        "remove the code in the translation tool, or translate this text in the PO file;"
                                + " the file's other units were imported");
            }
            XliffMerge.Result merged = XliffMerge.merge(current.get(), xliff.get());
            if (merged.keptObsolete() > 0) {
                diagnostics.warning("XLF004", SourcePosition.ofFile(shown), merged.keptObsolete()
                        + (merged.keptObsolete() == 1 ? " translated unit" : " translated units")
                        + " whose source text the course no longer has; kept as obsolete entries in " + bundleShown
                        + " (" + locale.get() + ")",
                        "run mooc extract; translators can reuse them from the obsolete entries");
            }
            for (XliffMerge.Conflict conflict : merged.conflicts()) {
                diagnostics.warning("XLF005", SourcePosition.at(bundleShown, conflict.bundleEntry().line(), 1),
                        "translation (" + locale.get() + ") changed both here and in " + shown
                                + " since it was exported; the PO text was kept,"
                                + " the returned one is: " + XliffReader.printable(conflict.returnedText()),
                        "choose between the two in the PO file; export again before sending files out, so this does not recur");
            }
            if (merged.updated() > 0 || merged.keptObsolete() > 0) {
                write(target.get(), merged.file());
            }
            int refused = xliff.get().refused().size();
            lines.add(bundleShown + ": " + merged.updated() + " updated, " + merged.unchanged()
                    + " unchanged, " + merged.keptObsolete() + " kept as obsolete"
                    + (merged.conflicts().isEmpty() ? "" : ", " + merged.conflicts().size() + " in conflict (PO text kept)")
                    + (refused == 0 ? "" : ", " + refused + (refused == 1 ? " unit" : " units") + " not imported (XLF008)"));
        }
    }

    /**
     * Fills the untranslated entries of every bundle of the compendia's languages from PO
     * catalogs translators already have ({@link Compendium}). Each catalog's language is
     * {@code onlyLocales} when given, else its header's {@code Language}; it must be one the
     * site translates into. Only empty entries change; a bundle is written only when one does.
     */
    public Outcome importCompendia(Path projectDir, List<Path> files, List<String> onlyLocales) throws IOException {
        return Project.run(projectDir, (opened, diagnostics, lines) -> fillFromCompendia(opened, files, onlyLocales, diagnostics, lines));
    }

    private static void fillFromCompendia(Project opened, List<Path> files, List<String> onlyLocales, Diagnostics diagnostics, List<String> lines)
            throws IOException {
        Path project = opened.root();
        SourceReader reader = opened.reader();
        SiteConfig config = opened.config();
        Map<String, List<PoFile>> byLanguage = new TreeMap<>();
        for (Path file : files) {
            // A catalog named on the command line may live anywhere (an old course's folder); it
            // is only read, with the same strict UTF-8 as the project's own files.
            Path absolute = file.toAbsolutePath();
            Optional<PoFile> catalog = new SourceReader(absolute.getParent()).read(absolute, diagnostics)
                    .flatMap(text -> PoReader.read(text.text(), file.toString(), diagnostics));
            if (catalog.isEmpty()) {
                continue;
            }
            List<String> languages = onlyLocales.isEmpty()
                    ? catalog.get().headerField("Language").filter(l -> !l.isEmpty()).map(List::of).orElse(List.of())
                    : onlyLocales;
            if (languages.isEmpty()) {
                diagnostics.error("TR030", SourcePosition.ofFile(file.toString()), "the compendium names no language"
                        + " (no `Language:` in its header); nothing was taken from it",
                        "say which language it is with --locale, e.g. --locale fr");
            }
            for (String language : languages) {
                if (!config.targetLocales().contains(language)) {
                    diagnostics.error("TR030", SourcePosition.ofFile(file.toString()), "the compendium's language `"
                            + XliffReader.printable(language) + "` is not one the site translates into ("
                            + String.join(", ", config.targetLocales()) + "); nothing was taken from it",
                            "give its language as written in `locales:` of content/site.yml with --locale");
                } else {
                    byLanguage.computeIfAbsent(language, l -> new ArrayList<>()).add(catalog.get());
                }
            }
        }
        Catalogs catalogs = new Catalogs(project.resolve("locales"), reader);
        for (Map.Entry<String, List<PoFile>> language : byLanguage.entrySet()) {
            Compendium compendium = new Compendium(language.getValue());
            for (Path target : bundles(project.resolve("locales").resolve(language.getKey()))) {
                String bundle = target.getFileName().toString().replaceFirst("\\.po$", "");
                String shown = reader.displayPath(target);
                Optional<PoFile> current = catalogs.read(language.getKey(), bundle, diagnostics);
                if (current.isEmpty()) {
                    diagnostics.error("TR020", SourcePosition.ofFile(shown), "not updated from the compendium ("
                            + language.getKey() + "), because it cannot be read",
                            "fix the error above; the file was left exactly as it was");
                    continue;
                }
                Compendium.Result filled = compendium.fill(current.get());
                if (filled.exact() + filled.near() > 0) {
                    write(target, filled.file());
                }
                lines.add(shown + " (" + language.getKey() + "): " + (filled.exact() + filled.near())
                        + " filled from the compendium (" + filled.exact() + " exact, " + filled.near()
                        + " fuzzy, for review), " + filled.untranslated() + " still untranslated");
            }
        }
    }

    /** The project an import writes into: its folder, a reader for it, and its settings. */
    private record Project(Path root, SourceReader reader, SiteConfig config) {

        /** What an import does once its project's settings are read. */
        @FunctionalInterface
        interface Work {
            void run(Project project, Diagnostics diagnostics, List<String> lines) throws IOException;
        }

        /** Reads the project's settings and runs {@code work}, or reports why they cannot be read. */
        static Outcome run(Path projectDir, Work work) throws IOException {
            Diagnostics diagnostics = new Diagnostics();
            List<String> lines = new ArrayList<>();
            Path root = projectDir.toAbsolutePath().normalize();
            SourceReader reader = new SourceReader(root);
            Optional<SiteConfig> config = new SiteConfigLoader(reader).load(root.resolve("content/site.yml"), diagnostics);
            if (config.isPresent()) {
                work.run(new Project(root, reader, config.get()), diagnostics, lines);
            }
            return new Outcome(diagnostics, lines);
        }
    }

    /** The file's target language, when it is exactly one the site translates into. */
    private static Optional<String> language(XliffFile xliff, SiteConfig config, String shown, Diagnostics diagnostics) {
        String named = xliff.targetLanguage();
        Optional<String> locale = config.targetLocales().stream().filter(l -> l.equals(named)).findFirst();
        if (locale.isEmpty()) {
            String attribute = xliff.version().startsWith("2") ? "`trgLang` on <xliff>"
                    : "`target-language` on <file>, or `Language:` in the PO header unit";
            String bundle = xliff.original() == null ? "" : " for bundle `" + XliffReader.printable(xliff.original()) + "`";
            String languages = config.targetLocales().isEmpty() ? "none" : String.join(", ", config.targetLocales());
            diagnostics.error("XLF009", position(xliff.targetLanguageAt(), shown), (named == null
                    ? "the file names no target language (" + attribute + ")" + bundle
                    : "target language `" + XliffReader.printable(named) + "`" + bundle + " is not one of the site's ("
                            + languages + ")")
                    + "; nothing was imported from this file",
                    "the target language must be one of `locales:` in content/site.yml, written the same way;"
                            + " import the files mooc export wrote");
        }
        return locale;
    }

    /**
     * The bundle the file's {@code original} names, found among the language's bundles: the same
     * list {@link #export} writes a file for. po2xliff writes the path it was given
     * ({@code po/ai-public-sector.po}); a relative path that climbs nowhere names the bundle by its
     * last part.
     */
    private static Optional<Path> bundle(XliffFile xliff, String locale, Path localeDir, SourceReader reader, String shown,
                                         Diagnostics diagnostics) {
        String named = fileName(xliff.original());
        List<Path> known = bundles(localeDir);
        Optional<Path> found = known.stream().filter(p -> p.getFileName().toString().equals(named)).findFirst();
        if (found.isPresent()) {
            return found;
        }
        String names = known.isEmpty() ? "none" : String.join(", ", known.stream().map(p -> p.getFileName().toString()).toList());
        SourcePosition at = position(xliff.originalAt(), shown);
        if (named != null && named.matches("[^/\\\\]+\\.po") && !named.startsWith(".")) {
            diagnostics.error("XLF003", at, "no bundle " + reader.displayPath(localeDir) + "/" + XliffReader.printable(named)
                    + " to import into (" + locale + "); nothing was imported from this file",
                    "run mooc extract, then import files written by mooc export; " + locale + " has: " + names);
        } else {
            diagnostics.error("XLF010", at, (named == null ? "the file names no bundle (`original` on <file>)"
                    : "`original` `" + XliffReader.printable(named) + "` is not the name of a bundle")
                    + " for " + locale + "; nothing was imported from this file",
                    "`original` is the bundle's file name, as mooc export writes it; " + locale + " has: " + names);
        }
        return Optional.empty();
    }

    /** The last part of a plain relative path ({@code a/b.po}); anything else as it is. */
    static String fileName(String original) {
        if (original == null || !original.contains("/") || original.startsWith("/") || original.contains("\\")) {
            return original;
        }
        List<String> parts = List.of(original.split("/", -1));
        boolean plain = parts.stream().noneMatch(p -> p.isEmpty() || p.equals(".") || p.equals("..") || p.contains(":"));
        return plain ? parts.get(parts.size() - 1) : original;
    }

    /** Replaces a bundle whole: written beside it, then moved over it, so a crash leaves the old one. */
    private static void write(Path bundle, PoFile po) throws IOException {
        Path temporary = bundle.resolveSibling(bundle.getFileName() + ".tmp");
        Files.writeString(temporary, PoWriter.write(po), StandardCharsets.UTF_8);
        Files.move(temporary, bundle, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static SourcePosition position(SourcePosition at, String shown) {
        return at == null ? SourcePosition.ofFile(shown) : at;
    }

    private static List<Path> bundles(Path localeDir) {
        if (!Files.isDirectory(localeDir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(localeDir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".po")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String units(int count) {
        return count == 1 ? "1 unit" : count + " units";
    }
}
