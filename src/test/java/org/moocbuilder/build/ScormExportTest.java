package org.moocbuilder.build;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.moocbuilder.check.GzipSize;
import org.moocbuilder.lms.ScormManifest;
import org.moocbuilder.testing.CourseFiles;
import org.moocbuilder.testing.Zips;
import org.w3c.dom.NodeList;

/**
 * {@code mooc export --format scorm} on the example course: one package per language, the same
 * bytes every time, a manifest that lists exactly the files the zip holds, and pages whose every
 * link and file stays inside the package.
 */
class ScormExportTest {

    private static final Path EXAMPLE = Path.of("").toAbsolutePath();
    private static final List<String> LANGUAGES = List.of("en", "fr", "es", "ar", "zh", "ru");

    @TempDir
    static Path work;

    private static Path exported;

    @BeforeAll
    static void export() throws Exception {
        exported = work.resolve("first");
        CatalogExchange.Outcome outcome = new LmsExport().exportScorm(EXAMPLE, exported, List.of());
        assertEquals(List.of(), outcome.diagnostics().sorted());
        assertEquals(6, outcome.lines().size(), outcome.lines().toString());
    }

    private static Path zip(String lang) {
        return exported.resolve(lang).resolve("ai-public-sector.zip");
    }

    private static org.w3c.dom.Document manifest(Map<String, byte[]> entries) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(entries.get("imsmanifest.xml")));
    }

    private static List<org.w3c.dom.Element> elements(org.w3c.dom.Document xml, String namespace, String name) {
        NodeList nodes = xml.getElementsByTagNameNS(namespace, name);
        List<org.w3c.dom.Element> list = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            list.add((org.w3c.dom.Element) nodes.item(i));
        }
        return list;
    }

    @Test
    void theExampleGivesSixPackagesWithTheSameBytesOnEveryExport() throws Exception {
        Path second = work.resolve("second");
        new LmsExport().exportScorm(EXAMPLE, second, List.of());
        try (Stream<Path> files = Files.walk(exported)) {
            assertEquals(LANGUAGES.stream().map(l -> l + "/ai-public-sector.zip").sorted().toList(),
                    files.filter(Files::isRegularFile).map(f -> exported.relativize(f).toString()).sorted().toList());
        }
        for (String lang : LANGUAGES) {
            assertArrayEquals(Files.readAllBytes(zip(lang)),
                    Files.readAllBytes(second.resolve(lang).resolve("ai-public-sector.zip")), lang);
        }
    }

    @Test
    void theManifestListsEveryFileOfThePackageAndEveryFileItListsIsThere() throws Exception {
        for (String lang : LANGUAGES) {
            Map<String, byte[]> entries = Zips.entries(zip(lang));
            org.w3c.dom.Document xml = manifest(entries);
            Set<String> listed = new TreeSet<>();
            Map<String, org.w3c.dom.Element> resources = new HashMap<>();
            for (org.w3c.dom.Element resource : elements(xml, ScormManifest.CP_NAMESPACE, "resource")) {
                resources.put(resource.getAttribute("identifier"), resource);
                for (org.w3c.dom.Element file : children(resource, "file")) {
                    listed.add(file.getAttribute("href"));
                }
                if (!resource.getAttribute("href").isEmpty()) {
                    assertTrue(entries.containsKey(resource.getAttribute("href")), resource.getAttribute("href"));
                }
            }
            Set<String> inZip = new TreeSet<>(entries.keySet());
            inZip.remove("imsmanifest.xml");
            assertEquals(inZip, listed, lang + ": files in the zip and files the manifest lists");
            int scos = 0;
            int withMastery = 0;
            for (org.w3c.dom.Element item : elements(xml, ScormManifest.CP_NAMESPACE, "item")) {
                String ref = item.getAttribute("identifierref");
                if (ref.isEmpty()) {
                    continue;
                }
                org.w3c.dom.Element resource = resources.get(ref);
                assertTrue(resource != null, lang + ": item " + item.getAttribute("identifier") + " names no resource");
                assertEquals("sco", resource.getAttributeNS(ScormManifest.ADLCP_NAMESPACE, "scormtype"));
                for (org.w3c.dom.Element dependency : children(resource, "dependency")) {
                    assertTrue(resources.containsKey(dependency.getAttribute("identifierref")), lang);
                }
                scos++;
                NodeList mastery = item.getElementsByTagNameNS(ScormManifest.ADLCP_NAMESPACE, "masteryscore");
                if (mastery.getLength() > 0) {
                    assertEquals("80", mastery.item(0).getTextContent());
                    withMastery++;
                }
            }
            assertEquals(4 + 15, scos, lang + ": a SCO per module introduction and per lesson");
            assertEquals(15, withMastery, lang + ": every lesson with quizzes carries the course's mastery score");
        }
    }

    private static List<org.w3c.dom.Element> children(org.w3c.dom.Element parent, String name) {
        List<org.w3c.dom.Element> list = new ArrayList<>();
        NodeList nodes = parent.getElementsByTagNameNS(ScormManifest.CP_NAMESPACE, name);
        for (int i = 0; i < nodes.getLength(); i++) {
            list.add((org.w3c.dom.Element) nodes.item(i));
        }
        return list;
    }

    @Test
    void titlesAreInThePackagesLanguage() throws Exception {
        for (String lang : LANGUAGES) {
            Map<String, byte[]> entries = Zips.entries(zip(lang));
            Document home = Jsoup.parse(new String(entries.get(lang + "/ai-public-sector/index.html"), StandardCharsets.UTF_8));
            org.w3c.dom.Element organization = elements(manifest(entries), ScormManifest.CP_NAMESPACE, "organization").get(0);
            String title = children(organization, "title").get(0).getTextContent();
            assertEquals(home.selectFirst("h1").text(), title, lang);
            if (!lang.equals("en")) {
                assertFalse(title.equals("AI and Digital Transformation for the Public Sector"), lang);
            }
        }
    }

    @Test
    void everyPageLinksOnlyToFilesOfThePackageAndLoadsThePackageScriptFirst() throws Exception {
        for (String lang : LANGUAGES) {
            Map<String, byte[]> entries = Zips.entries(zip(lang));
            int pages = 0;
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                if (!entry.getKey().endsWith(".html")) {
                    continue;
                }
                pages++;
                String path = entry.getKey();
                assertTrue(path.startsWith(lang + "/ai-public-sector/"), path);
                Document page = Jsoup.parse(new String(entry.getValue(), StandardCharsets.UTF_8));
                assertEquals(lang, page.selectFirst("html").attr("lang"), path);
                assertTrue(page.select("nav.languages, link[hreflang]").isEmpty(), path + ": links to languages not in the package");
                List<String> scripts = page.select("script[src]").eachAttr("src");
                assertTrue(!scripts.isEmpty() && scripts.get(0).endsWith("assets/scorm.js"), path + ": " + scripts);
                // The learner's budget holds in a package too: the page, its stylesheet and its scripts, gzipped.
                long firstView = GzipSize.of(entry.getValue());
                for (Element loaded : page.select("script[src], link[rel=stylesheet]")) {
                    String link = loaded.hasAttr("src") ? loaded.attr("src") : loaded.attr("href");
                    firstView += GzipSize.of(entries.get(URI.create("https://package/" + path).resolve(link).getPath().substring(1)));
                }
                assertTrue(firstView <= 14 * 1024, path + ": first view " + firstView + " bytes gzipped");
                for (Element element : page.select("[href], [src]")) {
                    String link = element.hasAttr("href") ? element.attr("href") : element.attr("src");
                    URI uri = URI.create("https://package/" + path).resolve(link);
                    if (!uri.getHost().equals("package")) {
                        // A web link a learner may follow; nothing the page loads may come from outside.
                        assertTrue(element.is("a") || element.is("link[rel=canonical]"), path + ": loads " + link);
                        continue;
                    }
                    String target = uri.getPath().substring(1);
                    assertTrue(entries.containsKey(target), path + ": " + link + " is not in the package");
                }
            }
            assertEquals(1 + 4 + 15, pages, lang);
        }
    }

    @Test
    void onlyTheLanguagesAskedForAreExportedAndACourseWithoutMasteryScoreHasNone() throws Exception {
        Path course = CourseFiles.write(work.resolve("small"), CourseFiles.MINIMAL, "");
        Path out = work.resolve("small-export");
        CatalogExchange.Outcome outcome = new LmsExport().exportScorm(course, out, List.of("ar"));
        assertEquals(List.of(), outcome.diagnostics().sorted());
        try (Stream<Path> files = Files.walk(out)) {
            assertEquals(List.of("ar/course-a.zip"),
                    files.filter(Files::isRegularFile).map(f -> out.relativize(f).toString()).toList());
        }
        String manifest = new String(Zips.entries(out.resolve("ar/course-a.zip")).get("imsmanifest.xml"), StandardCharsets.UTF_8);
        assertFalse(manifest.contains("masteryscore"), manifest);
        assertTrue(manifest.contains("adlcp:scormtype=\"sco\" href=\"ar/course-a/basics/first.html\""), manifest);
    }

    @Test
    void aCourseWithAnErrorWritesNoPackage() throws Exception {
        Path course = CourseFiles.write(work.resolve("broken"), CourseFiles.MINIMAL, """
                -- content/course-a/course.yml --
                title: Course A
                masteryScore: 120
                """);
        Path out = work.resolve("broken-export");
        CatalogExchange.Outcome outcome = new LmsExport().exportScorm(course, out, List.of());
        assertEquals(List.of("CRS010"), outcome.diagnostics().sorted().stream().map(d -> d.code()).toList());
        assertFalse(Files.exists(out));
    }
}
