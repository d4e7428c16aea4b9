package org.moocbuilder.translate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.moocbuilder.content.Asset;
import org.moocbuilder.content.Course;
import org.moocbuilder.content.Site;
import org.moocbuilder.i18n.LocaleInfo;

/**
 * Where each course file (an image, a PDF...) is published: the one place that decides what the
 * languages share. The file as it is in {@code content/} is stored once, under
 * {@code shared/<course>/...}, and the pages of every language that shows it link there; a
 * language's own version ({@code locales/<lang>/pages/...}, see {@link LocalizedAssets}) is stored
 * in that language's folder, {@code <lang>/<course>/...}, and only its pages link to it.
 *
 * <p>Anything that gives a language its own version of a file (a translated drawing, say) does so
 * through {@link LocaleTranslation#ownVersion}: this class then places it.
 */
public final class AssetPlacement {

    /** The folder, under the output folder, of the files every language shares. */
    public static final String SHARED = "shared";

    /**
     * One file to publish.
     *
     * @param path    where it goes, under the output folder
     * @param source  the file whose bytes it has, or null when the build made them
     * @param content the bytes the build made (a diagram with its text translated), or null
     */
    public record Placed(String path, Path source, byte[] content) {
        Placed(String path, Path source) {
            this(path, source, null);
        }

        long size() {
            return content != null ? content.length : AssetPlacement.size(source);
        }
    }

    /**
     * What storing shared files once saved.
     *
     * @param sharedFiles how many files are stored once for several languages
     * @param savedBytes  how many bytes a copy per language would have added
     */
    public record Saving(int sharedFiles, long savedBytes) {
    }

    private final List<Course> courses;
    private final List<LocaleInfo> locales;
    private final Map<String, LocaleTranslation> translations;

    public AssetPlacement(Site site, List<LocaleInfo> locales, SiteTranslations translations) {
        this.courses = site.courses();
        this.locales = List.copyOf(locales);
        this.translations = translations.byLocale();
    }

    /** The file the pages of {@code locale} show for {@code asset}, and where it is published. */
    public Placed of(LocaleInfo locale, Asset asset) {
        LocaleTranslation translation = translations.get(locale.tag());
        String path = publishedAt(translation, asset);
        Optional<Path> file = translation.ownVersion(asset);
        if (file.isPresent()) {
            return new Placed(path, file.get());
        }
        return translation.translatedDiagram(asset)
                .map(diagram -> new Placed(path, null, diagram.getBytes(StandardCharsets.UTF_8)))
                .orElseGet(() -> new Placed(path, asset.file()));
    }

    /**
     * Where the file {@code translation}'s pages show for {@code asset} is published, under the
     * output folder: its own version in the language's folder, or the original in {@link #SHARED}.
     */
    public static String publishedAt(LocaleTranslation translation, Asset asset) {
        return (translation.hasOwnVersion(asset) ? translation.locale().tag() : SHARED) + "/" + asset.outputPath();
    }

    /**
     * Where a link to {@code asset} leads from inside the folder of {@code locale}: its own version
     * beside the pages, or a shared file one level up ({@code ../shared/...}), so the link between
     * them stays relative.
     */
    public String fromLanguageFolder(LocaleInfo locale, Asset asset) {
        return translations.get(locale.tag()).hasOwnVersion(asset) ? asset.outputPath() : "../" + SHARED + "/" + asset.outputPath();
    }

    /** Every file to publish, once each: the shared originals some language shows, then each language's own versions. */
    public List<Placed> files() {
        Map<String, Placed> files = new TreeMap<>();
        for (LocaleInfo locale : locales) {
            for (Course course : courses) {
                course.assets().forEach(asset -> {
                    Placed placed = of(locale, asset);
                    files.putIfAbsent(placed.path(), placed);
                });
            }
        }
        return new ArrayList<>(files.values());
    }

    /** The files the pages of {@code locale} show, in path order. */
    public List<Placed> filesOf(LocaleInfo locale) {
        Map<String, Placed> files = new TreeMap<>();
        courses.forEach(course -> course.assets().forEach(asset -> {
            Placed placed = of(locale, asset);
            files.put(placed.path(), placed);
        }));
        return new ArrayList<>(files.values());
    }

    /** The files shown by more than one language, and the bytes a copy in each language's folder would have cost. */
    public Saving saving() {
        Map<String, Integer> showings = new TreeMap<>();
        Map<String, Placed> placedAt = new TreeMap<>();
        for (LocaleInfo locale : locales) {
            filesOf(locale).forEach(placed -> {
                showings.merge(placed.path(), 1, Integer::sum);
                placedAt.put(placed.path(), placed);
            });
        }
        int shared = 0;
        long saved = 0;
        for (Map.Entry<String, Integer> entry : showings.entrySet()) {
            if (entry.getValue() > 1) {
                shared++;
                saved += (entry.getValue() - 1) * placedAt.get(entry.getKey()).size();
            }
        }
        return new Saving(shared, saved);
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
