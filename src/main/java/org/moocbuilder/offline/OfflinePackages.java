package org.moocbuilder.offline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Stream;
import org.moocbuilder.i18n.LocaleInfo;
import org.moocbuilder.output.DeterministicZip;
import org.moocbuilder.translate.AssetPlacement;

/**
 * The offline packages of a site: {@code offline/<lang>.zip} for each language and
 * {@code offline/all-languages.zip}, made from the written site (read back one file at a time, so
 * memory does not grow with the site). Unzipped anywhere, a package's {@code index.html} opens from
 * disk and every page it leads to finds its stylesheet, script and images inside the folder.
 *
 * <p>A language's package holds its pages, the theme's files, the course files its pages show
 * (shared or its own) and, as {@code index.html}, a language chooser offering just that language;
 * links to what it leaves out (the other languages) become text. The whole-site package holds
 * every file a learner can open, without the host's files (404 page, sitemap).
 */
public final class OfflinePackages {

    /** The folder of the packages, under the output folder. */
    public static final String FOLDER = "offline";
    private static final String ALL = FOLDER + "/all-languages.zip";
    /** Files for a web host, not for a folder on a learner's disk. */
    private static final Set<String> HOST_FILES = Set.of("404.html", "sitemap.xml");

    private final List<LocaleInfo> locales;
    private final AssetPlacement assets;

    public OfflinePackages(List<LocaleInfo> locales, AssetPlacement assets) {
        this.locales = List.copyOf(locales);
        this.assets = assets;
    }

    /** Where the package of one language goes, under the output folder. */
    public static String pathOf(LocaleInfo locale) {
        return FOLDER + "/" + locale.tag() + ".zip";
    }

    /** Where the package of the whole site goes. */
    public static String wholeSite() {
        return ALL;
    }

    /** Every package's path under the output folder: each language's, then the whole site's. */
    public List<String> paths() {
        List<String> paths = new ArrayList<>(locales.stream().map(OfflinePackages::pathOf).toList());
        paths.add(ALL);
        return paths;
    }

    /** Whether a package shows {@code path} as drawn (a language's home shows its packages, which it cannot hold). */
    public boolean isLanguageHome(String path) {
        return locales.stream().anyMatch(locale -> path.equals(locale.tag() + "/index.html"));
    }

    /**
     * Writes every package into {@code site} (the staging folder, whose pages are all written),
     * languages in parallel.
     *
     * @param choosers the {@code index.html} of each language's package
     * @return each package's size in bytes, by path under the output folder
     */
    public Map<String, Long> write(Path site, Function<LocaleInfo, byte[]> choosers) throws IOException {
        List<String> files = filesOf(site);
        Files.createDirectories(site.resolve(FOLDER));
        Map<String, Long> sizes = new ConcurrentHashMap<>();
        List<Runnable> jobs = new ArrayList<>();
        jobs.add(() -> sizes.put(ALL, write(site, ALL, whole(site, files))));
        for (LocaleInfo locale : locales) {
            byte[] chooser = choosers.apply(locale);
            jobs.add(() -> sizes.put(pathOf(locale), write(site, pathOf(locale), language(site, files, locale, chooser))));
        }
        try {
            jobs.parallelStream().forEach(Runnable::run);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return new TreeMap<>(sizes);
    }

    private DeterministicZip whole(Path site, List<String> files) {
        DeterministicZip zip = new DeterministicZip();
        files.forEach(file -> zip.addFile(file, site.resolve(file)));
        return zip;
    }

    private DeterministicZip language(Path site, List<String> files, LocaleInfo locale, byte[] chooser) {
        Set<String> contents = new HashSet<>();
        String own = locale.tag() + "/";
        for (String file : files) {
            if (file.startsWith(own) || file.startsWith("assets/")) {
                contents.add(file);
            }
        }
        assets.filesOf(locale).forEach(file -> contents.add(file.path()));
        contents.add("index.html");
        DeterministicZip zip = new DeterministicZip();
        for (String file : contents) {
            Path source = site.resolve(file);
            if (file.equals("index.html")) {
                zip.add(file, () -> OutsideLinks.keepInside(file, chooser, contents));
            } else if (file.endsWith(".html")) {
                zip.add(file, () -> OutsideLinks.keepInside(file, read(source), contents));
            } else {
                zip.addFile(file, source);
            }
        }
        return zip;
    }

    /** The written files a learner's copy may hold, by path under the output folder. */
    private static List<String> filesOf(Path site) throws IOException {
        try (Stream<Path> walk = Files.walk(site)) {
            return walk.filter(Files::isRegularFile)
                    .map(file -> site.relativize(file).toString().replace('\\', '/'))
                    .filter(path -> !path.startsWith(".") && !path.startsWith(FOLDER + "/") && !HOST_FILES.contains(path))
                    .sorted().toList();
        }
    }

    private static long write(Path site, String path, DeterministicZip zip) {
        Path target = site.resolve(path);
        try {
            zip.writeTo(target);
            return Files.size(target);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
