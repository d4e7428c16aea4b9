package org.moocbuilder.translate;

import com.ibm.icu.util.ULocale;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.moocbuilder.diag.Diagnostics;
import org.moocbuilder.diag.SourcePosition;
import org.moocbuilder.memo.Memo;
import org.moocbuilder.source.SourceFile;
import org.moocbuilder.source.SourceReader;
import org.moocbuilder.translate.po.PoFile;
import org.moocbuilder.translate.po.PoReader;

/**
 * Finds and reads the translation bundles under {@code locales/}: {@code <lang>/<course>.po}
 * for each course and {@code <lang>/site.po} for the site's own strings.
 */
public final class Catalogs {

    /** The name of the bundle holding the site's own strings (its title). */
    public static final String SITE = "site";

    private final Path localesDir;
    private final SourceReader reader;
    private final Memo memo;

    public Catalogs(Path localesDir, SourceReader reader) {
        this(localesDir, reader, Memo.none());
    }

    /** Bundles read with {@code memo}: a live rebuild parses again only the files whose text changed. */
    public Catalogs(Path localesDir, SourceReader reader, Memo memo) {
        this.localesDir = localesDir;
        this.reader = reader;
        this.memo = memo;
    }

    public Path file(String locale, String bundle) {
        return localesDir.resolve(locale).resolve(bundle + ".po");
    }

    /** Reads one bundle; absent is empty, a file with a syntax error is reported and gives empty. */
    public Optional<PoFile> read(String locale, String bundle, Diagnostics diagnostics) {
        Path file = file(locale, bundle);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        return reader.read(file, diagnostics).flatMap(source -> parse(locale, source, diagnostics));
    }

    private static Optional<PoFile> parse(String locale, SourceFile source, Diagnostics diagnostics) {
        return PoReader.read(source.text(), source.displayPath(), diagnostics)
                .map(po -> checkPluralForms(po, locale, source.displayPath(), lineOf(source.text(), "\"Plural-Forms:"), diagnostics));
    }

    /** One bundle as a catalog; absent or unreadable is empty. */
    private Catalog catalog(String locale, String bundle, Diagnostics diagnostics) {
        Path file = file(locale, bundle);
        if (!Files.isRegularFile(file)) {
            return Catalog.empty();
        }
        return reader.read(file, diagnostics)
                .map(source -> memo.reported("catalog", List.of(locale, source.displayPath(), source.text()), diagnostics,
                        found -> parse(locale, source, found).map(po -> Catalog.of(po, source.displayPath())).orElse(Catalog.empty())))
                .orElse(Catalog.empty());
    }

    private static int lineOf(String text, String needle) {
        int at = text.indexOf(needle);
        return at < 0 ? 1 : (int) text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
    }

    /** Warns when the header's plural forms do not fit the language, as a tool with an older table may write. */
    private static PoFile checkPluralForms(PoFile po, String locale, String shown, int line, Diagnostics diagnostics) {
        ULocale language = ULocale.forLanguageTag(locale);
        int expected = GettextPlurals.categories(language).size();
        po.headerField("Plural-Forms").ifPresent(header -> {
            int declared = GettextPlurals.declaredForms(header);
            if (declared != expected) {
                String what = declared >= 0 ? "nplurals=" + declared
                        : header.contains("nplurals") ? "an nplurals that is not a number of forms" : "no nplurals";
                diagnostics.warning("PO002", SourcePosition.at(shown, line, 1), "Plural-Forms declares " + what + ", but `" + locale
                        + "` has " + expected + " plural categories in CLDR " + GettextPlurals.categories(language),
                        "run `mooc extract`, which writes `" + GettextPlurals.header(language) + "`");
            }
        });
        return po;
    }

    /** The catalogs of one language by bundle name (course slugs and {@link #SITE}). */
    public Map<String, Catalog> load(String locale, List<String> bundles, Diagnostics diagnostics) {
        Map<String, Catalog> catalogs = new TreeMap<>();
        for (String bundle : bundles) {
            catalogs.put(bundle, catalog(locale, bundle, diagnostics));
        }
        return catalogs;
    }

    /** Warns about language folders under locales/ that site.yml does not declare. */
    public void warnUndeclared(List<String> declared, Diagnostics diagnostics) {
        if (!Files.isDirectory(localesDir)) {
            return;
        }
        try (Stream<Path> children = Files.list(localesDir)) {
            children.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted()
                    .filter(tag -> !declared.contains(tag))
                    .forEach(tag -> diagnostics.warning("TR003", SourcePosition.ofFile(reader.displayPath(localesDir.resolve(tag)) + "/"),
                            "bundles for `" + tag + "`, which site.yml does not declare; they are not used",
                            "add `" + tag + "` to `locales:` in content/site.yml, or remove the folder"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
