package org.moocbuilder.build;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.moocbuilder.content.SitePath;
import org.moocbuilder.testing.BrowserScript;

/**
 * The example course's offline packages, unzipped as a learner would: every page they hold finds
 * everything it loads and every page it links to inside the folder, and nothing leaves it.
 * (That two builds give the same bytes, packages included, is {@code ExampleCourseTest}'s.)
 */
class OfflinePackagesTest {

    private static final Path REPO = Path.of("").toAbsolutePath();
    private static final List<String> LANGUAGES = List.of("en", "fr", "es", "ar", "zh", "ru");
    private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:");

    @TempDir
    static Path work;

    static Path site;

    @BeforeAll
    static void buildTheExample() throws IOException {
        site = work.resolve("site-out");
        BuildResult result = new SiteBuilder().build(new BuildRequest(REPO, site, List.of()));
        assertTrue(result.written());
    }

    @Test
    void everyLanguageAndTheWholeSiteHaveAPackage() throws IOException {
        List<String> packages = new ArrayList<>(LANGUAGES.stream().map(tag -> "offline/" + tag + ".zip").toList());
        packages.add("offline/all-languages.zip");
        for (String zip : packages) {
            assertTrue(Files.size(site.resolve(zip)) > 0, zip);
        }
        try (Stream<Path> list = Files.list(site.resolve("offline"))) {
            assertEquals(packages.size(), list.count());
        }
    }

    @Test
    void everyPageOfAPackageFindsWhatItLoadsAndLinksToInsideTheFolder() throws IOException {
        for (String zip : packageNames()) {
            Path folder = unzip(zip);
            assertTrue(Files.isRegularFile(folder.resolve("index.html")), zip + " has an index.html");
            List<String> problems = new ArrayList<>();
            int pages = 0;
            for (String page : files(folder)) {
                if (!page.endsWith(".html")) {
                    continue;
                }
                pages++;
                Document html = Jsoup.parse(folder.resolve(page), "UTF-8");
                for (Element element : html.select("a[href], link[href], img[src], script[src], source[src], iframe[src], "
                        + "video[src], audio[src], object[data], embed[src]")) {
                    String url = element.hasAttr("href") ? element.attr("href")
                            : element.hasAttr("data") ? element.attr("data") : element.attr("src");
                    boolean clicked = element.normalName().equals("a")
                            || element.normalName().equals("link") && !element.attr("rel").equals("stylesheet");
                    if (url.startsWith("#") || clicked && SCHEME.matcher(url).find()) {
                        continue; // a web link leaves the folder only when the learner follows it
                    }
                    String target = SCHEME.matcher(url).find() || url.startsWith("/") ? null
                            : SitePath.resolve(page, SitePath.decode(url.replaceFirst("[?#].*$", "")));
                    if (target == null || !Files.isRegularFile(folder.resolve(target))) {
                        problems.add(zip + ": " + page + ": <" + element.normalName() + "> " + url);
                    }
                }
            }
            assertEquals(List.of(), problems);
            assertTrue(pages > 20, zip + " holds the course's pages");
        }
    }

    @Test
    void aLanguagesPackageHoldsItsPagesAndTheFilesTheyShow() throws IOException {
        for (String tag : LANGUAGES) {
            Path folder = unzip("offline/" + tag + ".zip");
            List<String> expected = new ArrayList<>();
            for (String file : files(site)) {
                if (file.startsWith(tag + "/") || file.startsWith("assets/")) {
                    expected.add(file);
                }
            }
            List<String> held = files(folder);
            assertTrue(held.containsAll(expected), tag + " holds all its pages and the theme's files");
            assertTrue(held.stream().noneMatch(f -> LANGUAGES.stream().anyMatch(other -> !other.equals(tag)
                    && f.startsWith(other + "/"))), tag + " holds no other language");
            assertFalse(held.contains("404.html"));
            Document chooser = Jsoup.parse(folder.resolve("index.html"), "UTF-8");
            assertEquals(tag, chooser.selectFirst("html").attr("lang"));
            assertEquals(List.of(tag + "/index.html"), chooser.select("main a[href]").eachAttr("href"));
        }
        // Arabic shows its own drawing of how machine learning works; English the shared one.
        assertTrue(files(unzip("offline/ar.zip")).contains("ar/ai-public-sector/ai-fundamentals/how-machine-learning-works.svg"));
        assertTrue(files(unzip("offline/en.zip")).contains("shared/ai-public-sector/ai-fundamentals/how-machine-learning-works.svg"));
        assertFalse(files(unzip("offline/ar.zip")).contains("shared/ai-public-sector/ai-fundamentals/how-machine-learning-works.svg"));
    }

    @Test
    void theWholeSitePackageHoldsEveryPageAsTheSiteHasIt() throws IOException {
        Path folder = unzip("offline/all-languages.zip");
        for (String file : files(site)) {
            if (file.startsWith("offline/") || file.startsWith(".") || file.equals("404.html")) {
                continue;
            }
            assertTrue(Files.isRegularFile(folder.resolve(file)), file);
            boolean home = LANGUAGES.stream().anyMatch(tag -> file.equals(tag + "/index.html"));
            if (!home) {
                assertArrayEquals(Files.readAllBytes(site.resolve(file)), Files.readAllBytes(folder.resolve(file)), file);
            }
        }
    }

    @Test
    void eachLanguagesHomeOffersItsPackagesWithTheirSizeInItsLanguage() throws IOException {
        Map<String, String> expected = Map.of("en", "English only (", "fr", "En français seulement (", "ar", "باللغة العربية فقط (");
        for (Map.Entry<String, String> language : expected.entrySet()) {
            Document home = Jsoup.parse(site.resolve(language.getKey() + "/index.html"), "UTF-8");
            List<Element> links = home.select("a[download]");
            assertEquals(List.of("../offline/" + language.getKey() + ".zip", "../offline/all-languages.zip"),
                    links.stream().map(a -> a.attr("href")).toList());
            String text = links.get(0).text();
            assertTrue(text.startsWith(language.getValue()), text);
            long size = Files.size(site.resolve("offline/" + language.getKey() + ".zip"));
            String kb = String.valueOf(Math.round(size / 1000.0));
            assertTrue(text.contains(kb), text + " gives the size, " + size + " bytes");
        }
        assertTrue(Jsoup.parse(site.resolve("fr/index.html"), "UTF-8").select("a[download]").get(0).text().endsWith("ko, zip)"),
                "French writes kilobytes as ko");
        // Inside its package the home offers no package: it would be a link to nothing.
        assertTrue(Jsoup.parse(unzip("offline/fr.zip").resolve("fr/index.html"), "UTF-8").select("a[download]").isEmpty());
    }

    /** In Chromium: every page of every package opened from disk, no request outside its folder, none failed. */
    @Test
    void everyPackageOpensFromDiskInABrowserWithNoRequestOutside() throws Exception {
        BrowserScript.assumeBrowser();
        List<String> folders = new ArrayList<>();
        for (String zip : packageNames()) {
            folders.add(unzip(zip).toString());
        }
        String output = BrowserScript.runWithoutServer("offline.mjs", folders.toArray(new String[0]));
        assertTrue(output.contains("packages opened from disk with no request outside"), output);
    }

    private static List<String> packageNames() throws IOException {
        return files(site).stream().filter(f -> f.startsWith("offline/")).toList();
    }

    private static final Map<String, Path> UNZIPPED = new TreeMap<>();

    /** Unzips a package once into a folder of its own, refusing an entry that would land outside it. */
    private static synchronized Path unzip(String zip) throws IOException {
        if (UNZIPPED.containsKey(zip)) {
            return UNZIPPED.get(zip);
        }
        Path folder = work.resolve("unzipped").resolve(zip.replace('/', '-'));
        try (InputStream in = Files.newInputStream(site.resolve(zip)); ZipInputStream entries = new ZipInputStream(in)) {
            for (ZipEntry entry; (entry = entries.getNextEntry()) != null; ) {
                Path target = folder.resolve(entry.getName()).normalize();
                assertTrue(target.startsWith(folder), entry.getName());
                Files.createDirectories(target.getParent());
                Files.copy(entries, target);
            }
        }
        UNZIPPED.put(zip, folder);
        return folder;
    }

    private static List<String> files(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).map(p -> root.relativize(p).toString().replace('\\', '/')).sorted().toList();
        }
    }

}
