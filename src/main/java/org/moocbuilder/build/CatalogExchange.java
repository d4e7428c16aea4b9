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
import java.util.Optional;
import java.util.stream.Stream;
import org.moocbuilder.config.SiteConfig;
import org.moocbuilder.source.SiteConfigLoader;
import org.moocbuilder.diag.Diagnostics;
import org.moocbuilder.diag.SourcePosition;
import org.moocbuilder.i18n.LocaleInfo;
import org.moocbuilder.quiz.CourseQuizzes;
import org.moocbuilder.quiz.GiftWriter;
import org.moocbuilder.source.SourceReader;
import org.moocbuilder.translate.Catalogs;
import org.moocbuilder.translate.LocaleTranslation;
import org.moocbuilder.translate.po.PoFile;
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
                Files.writeString(target, GiftWriter.write(course, text -> translation.text(course.course(), text)),
                        StandardCharsets.UTF_8);
                long count = course.lessons().stream().mapToLong(l -> l.quizzes().size()).sum();
                lines.add(target + ": " + count + " questions (Moodle GIFT)");
            }
        }
        return new Outcome(diagnostics, lines);
    }

    /** Merges the translations of XLIFF files into the PO bundles they were exported from. */
    public Outcome importFiles(Path projectDir, List<Path> files) throws IOException {
        Diagnostics diagnostics = new Diagnostics();
        Path project = projectDir.toAbsolutePath().normalize();
        SourceReader reader = new SourceReader(project);
        Catalogs catalogs = new Catalogs(project.resolve("locales"), reader);
        List<String> lines = new ArrayList<>();
        for (Path file : files) {
            String shown = file.toString();
            Optional<XliffFile> xliff = reader.read(file.toAbsolutePath(), diagnostics)
                    .flatMap(text -> XliffReader.read(text.text(), shown, diagnostics));
            if (xliff.isEmpty()) {
                continue;
            }
            String locale = xliff.get().targetLanguage();
            String bundle = xliff.get().original() == null ? "" : xliff.get().original().replaceFirst("\\.po$", "");
            if (locale == null || bundle.isEmpty() || !Files.isRegularFile(catalogs.file(locale, bundle))) {
                diagnostics.error("XLF003", SourcePosition.ofFile(shown), "no bundle locales/" + locale + "/" + bundle
                        + ".po to import into", "import files written by mooc export; their file names the bundle");
                continue;
            }
            Optional<PoFile> current = catalogs.read(locale, bundle, diagnostics);
            if (current.isEmpty()) {
                diagnostics.error("TR020", SourcePosition.ofFile(reader.displayPath(catalogs.file(locale, bundle))),
                        "not updated, because it cannot be read", "fix the error above; the file was left exactly as it was");
                continue;
            }
            for (XliffFile.RefusedUnit unit : xliff.get().refused()) {
                diagnostics.warning("XLF008", unit.at(), "unit `" + XliffReader.printable(String.valueOf(unit.id()))
                        + "` (line " + unit.line() + ") was not imported into "
                        + reader.displayPath(catalogs.file(locale, bundle)) + " (" + locale
                        + "): its <" + unit.part() + "> holds <" + unit.element()
                        + ">, an inline code that cannot be turned back into the Markdown it came from",
                        "remove the code in the translation tool, or translate this text in the PO file;"
                                + " the file's other units were imported");
            }
            XliffMerge.Result merged = XliffMerge.merge(current.get(), xliff.get());
            if (merged.keptObsolete() > 0) {
                diagnostics.warning("XLF004", SourcePosition.ofFile(shown), merged.keptObsolete()
                        + (merged.keptObsolete() == 1 ? " translated unit" : " translated units") + " whose source text the course no longer has; kept as obsolete entries",
                        "run mooc extract; translators can reuse them from the obsolete entries");
            }
            Path target = catalogs.file(locale, bundle);
            for (XliffMerge.Conflict conflict : merged.conflicts()) {
                diagnostics.warning("XLF005", SourcePosition.at(reader.displayPath(target), conflict.bundleEntry().line(), 1),
                        "translation changed both here and in " + shown + " since it was exported; the PO text was kept,"
                                + " the returned one is: " + conflict.returnedText(),
                        "choose between the two in the PO file; export again before sending files out, so this does not recur");
            }
            String text = PoWriter.write(merged.file());
            Path temporary = target.resolveSibling(target.getFileName() + ".tmp");
            Files.writeString(temporary, text, StandardCharsets.UTF_8);
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            int refused = xliff.get().refused().size();
            lines.add(reader.displayPath(target) + ": " + merged.updated() + " updated, " + merged.unchanged()
                    + " unchanged, " + merged.keptObsolete() + " kept as obsolete"
                    + (merged.conflicts().isEmpty() ? "" : ", " + merged.conflicts().size() + " in conflict (PO text kept)")
                    + (refused == 0 ? "" : ", " + refused + (refused == 1 ? " unit" : " units") + " not imported (XLF008)"));
        }
        return new Outcome(diagnostics, lines);
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
