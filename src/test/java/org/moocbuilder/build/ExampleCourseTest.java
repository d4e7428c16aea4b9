package org.moocbuilder.build;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.moocbuilder.check.GzipSize;
import org.moocbuilder.i18n.LocaleInfo;
import org.moocbuilder.translate.Coverage;

/** The example course shipped in the repository, built as a learner would receive it. */
class ExampleCourseTest {

    private static final Path REPO = Path.of("").toAbsolutePath();
    private static final int FIRST_VIEW_BUDGET = 14 * 1024;

    @TempDir
    static Path work;

    static Path site;
    static BuildResult result;
    static Map<String, Document> pages;

    @BeforeAll
    static void buildTheExampleCourse() throws IOException {
        site = work.resolve("site-out");
        result = new SiteBuilder().build(new BuildRequest(REPO, site, List.of()));
        pages = new TreeMap<>();
        for (String path : files(site)) {
            if (path.endsWith(".html")) {
                pages.put(path, Jsoup.parse(site.resolve(path), "UTF-8"));
            }
        }
    }

    static List<String> files(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).map(p -> root.relativize(p).toString().replace('\\', '/')).sorted().toList();
        }
    }

    static Map<String, Document> lessons() {
        return pages.entrySet().stream()
                .filter(e -> e.getValue().selectFirst("article.lesson") != null)
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, TreeMap::new));
    }

    @Test
    void buildsEveryLanguageWithoutAnyFinding() {
        assertTrue(result.written());
        assertEquals(List.of(), result.diagnostics().sorted());
        assertEquals(List.of("en", "fr", "es", "ar", "zh", "ru"), result.locales());
    }

    @Test
    void theCourseHasFourModulesAndTwelveSubstantialLessons() {
        List<Document> english = lessons().entrySet().stream().filter(e -> e.getKey().startsWith("en/"))
                .map(Map.Entry::getValue).toList();
        assertTrue(english.size() >= 12, "lessons: " + english.size());
        long modules = pages.keySet().stream().filter(p -> p.matches("en/[^/]+/[^/]+/index.html")).count();
        assertTrue(modules >= 4, "modules: " + modules);
        for (Document lesson : english) {
            String body = lesson.selectFirst(".prose").text();
            int words = body.split("\\s+").length;
            assertTrue(words >= 350, lesson.title() + " has " + words + " words");
            assertFalse(lesson.select(".prose a[href$=.html], .prose a[href*=.html#]").isEmpty(),
                    lesson.title() + " links to no other lesson");
        }
    }

    @Test
    void theTranslationsCoverWhatTheCourseTeamPromised() {
        Map<String, Double> percent = result.coverage().stream()
                .collect(Collectors.toMap(Coverage.LocaleCoverage::locale, c -> c.count().percent()));
        for (String complete : List.of("fr", "es", "ar")) {
            Coverage.LocaleCoverage language = result.coverage().stream().filter(c -> c.locale().equals(complete)).findFirst().orElseThrow();
            assertEquals(0, language.count().missing(), complete + " has a translation for every segment");
            assertTrue(percent.get(complete) > 99.0, complete + " " + percent.get(complete));
        }
        assertTrue(percent.get("zh") >= 70.0, "zh " + percent.get("zh"));
        assertTrue(percent.get("ru") >= 40.0, "ru " + percent.get("ru"));
        assertTrue(result.coverage().stream().anyMatch(c -> c.count().fuzzy() > 0), "at least one fuzzy segment");
        assertTrue(result.coverage().stream().anyMatch(c -> c.adaptations() > 0), "at least one whole-page adaptation");
        assertTrue(result.coverage().stream().allMatch(c -> c.ui().missing().isEmpty()), "complete interface strings");
        assertTrue(pages.containsKey("_reports/translation.html"));
    }

    @Test
    void everyLessonHasAQuizAndEveryTypeAppears() throws IOException {
        Set<String> types = new TreeSet<>();
        for (Map.Entry<String, Document> lesson : lessons().entrySet()) {
            if (!lesson.getKey().startsWith("en/")) {
                continue;
            }
            List<Element> quizzes = lesson.getValue().select("form.quiz");
            assertFalse(quizzes.isEmpty(), lesson.getKey() + " has no quiz");
            for (Element quiz : quizzes) {
                types.add(new ObjectMapper().readTree(quiz.selectFirst("script.quiz-data").data())
                        .get("type").asText());
            }
        }
        assertEquals(Set.of("single", "multiple", "true-false", "numeric", "short-text", "ordering", "matching"), types);
        for (String locale : result.locales()) {
            var json = new ObjectMapper()
                    .readTree(site.resolve(locale + "/ai-public-sector/quizzes.json").toFile());
            assertEquals(1, json.get("version").asInt());
            assertEquals(locale, json.get("locale").asText());
            assertTrue(json.get("quizzes").size() >= 15);
        }
    }

    @Test
    void theQuizScriptIsSmall() throws IOException {
        assertTrue(GzipSize.of(Files.readAllBytes(site.resolve("assets/quiz.js"))) <= 4 * 1024);
    }

    @Test
    void diagramsAreSvgWithRealAltText() {
        List<Element> diagrams = lessons().entrySet().stream().filter(e -> e.getKey().startsWith("en/"))
                .flatMap(e -> e.getValue().select(".prose img[src$=.svg]").stream()).toList();
        assertTrue(diagrams.size() >= 3, "diagrams: " + diagrams.size());
        for (Element img : diagrams) {
            String alt = img.attr("alt");
            assertTrue(alt.split(" ").length >= 6 && !alt.toLowerCase().startsWith("diagram"), "weak alt text: " + alt);
        }
    }

    @Test
    void theFrenchAndArabicPagesShowDiagramsDrawnInTheirLanguage() throws IOException {
        assertTrue(shownDiagram("en").contains(">1. Data<"));
        assertTrue(shownDiagram("fr").contains(">1. Données<"));
        String arabic = shownDiagram("ar");
        assertTrue(arabic.contains("xml:lang=\"ar\"") && arabic.contains(">1. البيانات<"), arabic);
        String spanish = shownDiagram("es");
        assertTrue(spanish.contains("xml:lang=\"es\"") && spanish.contains(">1. Datos<"),
                "without its own version, a language gets the diagram with its PO translations: " + spanish);
        assertEquals(shownDiagram("en"), shownDiagram("zh"), "a language with none of the diagram's text translated shows the original");
        assertTrue(Files.isRegularFile(site.resolve("shared/ai-public-sector/ai-fundamentals/how-machine-learning-works.svg")),
                "the original is stored once, for the languages that show it");
    }

    /** The diagram of how machine learning works, as the lesson in {@code lang} shows it. */
    private static String shownDiagram(String lang) throws IOException {
        String lesson = lang + "/ai-public-sector/ai-fundamentals/machine-learning-and-data.html";
        Element img = pages.get(lesson).selectFirst("main img[src$=how-machine-learning-works.svg]");
        return Files.readString(site.resolve(lesson).getParent().resolve(img.attr("src")).normalize());
    }

    @Test
    void everyPageDeclaresLanguageAndDirectionFromIcu() {
        for (Map.Entry<String, Document> page : pages.entrySet()) {
            Element html = page.getValue().selectFirst("html");
            String lang = html.attr("lang");
            assertFalse(lang.isEmpty(), page.getKey());
            assertEquals(LocaleInfo.of(lang).dir(), html.attr("dir"), page.getKey());
            if (!page.getKey().contains("/") || page.getKey().startsWith("_reports/")) {
                assertEquals("en", lang, page.getKey() + " is in the source language");
                continue;
            }
            assertEquals(page.getKey().substring(0, page.getKey().indexOf('/')), lang, page.getKey());
            for (Element foreign : page.getValue().select("body [lang]")) {
                assertEquals(LocaleInfo.of(foreign.attr("lang")).dir(), foreign.attr("dir"),
                        page.getKey() + ": " + foreign.outerHtml().substring(0, Math.min(120, foreign.outerHtml().length())));
            }
        }
        assertEquals("rtl", pages.get("ar/index.html").selectFirst("html").attr("dir"));
    }

    @Test
    void untranslatedTextIsMarkedWithTheSourceLanguage() {
        for (Map.Entry<String, Document> lesson : lessons().entrySet()) {
            if (lesson.getKey().startsWith("en/")) {
                continue;
            }
            Document page = lesson.getValue();
            boolean foreignText = !page.select(".prose [lang=en], h1[lang=en], .lede[lang=en]").isEmpty();
            assertEquals(foreignText, !page.select("p.notice").isEmpty(),
                    lesson.getKey() + ": the notice shows exactly when English text is left on the page");
            for (Element english : page.select("main [lang=en]")) {
                assertEquals("ltr", english.attr("dir"), lesson.getKey());
            }
        }
    }

    @Test
    void everyPageHasLandmarksOneHeadingAndASkipLink() {
        for (Map.Entry<String, Document> page : pages.entrySet()) {
            Document doc = page.getValue();
            assertEquals(1, doc.select("h1").size(), page.getKey());
            for (String landmark : List.of("header", "main#mooc-main", "footer")) {
                assertEquals(1, doc.select(landmark).size(), page.getKey() + " " + landmark);
            }
            Element skip = doc.selectFirst("body > a");
            assertEquals("#mooc-main", skip.attr("href"), page.getKey());
            assertFalse(skip.text().isBlank(), page.getKey());
            Set<String> ids = new HashSet<>();
            for (Element withId : doc.select("[id]")) {
                assertTrue(ids.add(withId.id()), page.getKey() + " duplicate id " + withId.id());
            }
        }
        assertFalse(lessons().values().iterator().next().select("nav").isEmpty());
    }

    @Test
    void everyRelativeLinkAndImageResolvesToAFileAndAnId() {
        List<String> broken = new ArrayList<>();
        for (Map.Entry<String, Document> page : pages.entrySet()) {
            if (page.getKey().equals("404.html")) {
                continue;
            }
            for (Element ref : page.getValue().select("a[href], link[href], img[src], script[src]")) {
                String url = ref.hasAttr("href") ? ref.attr("href") : ref.attr("src");
                if (url.startsWith("https://") || url.startsWith("http://") || url.startsWith("mailto:") || url.equals("data:,")) {
                    continue;
                }
                assertFalse(url.startsWith("/"), page.getKey() + ": root-relative link " + url);
                String[] parts = url.split("#", 2);
                String target = parts[0].isEmpty() ? page.getKey()
                        : URI.create(page.getKey()).resolve(parts[0]).getPath();
                if (!Files.isRegularFile(site.resolve(target))) {
                    broken.add(page.getKey() + " -> " + url);
                } else if (parts.length == 2 && !parts[1].isEmpty()) {
                    Document targetPage = pages.get(target);
                    String id = URLDecoder.decode(parts[1], StandardCharsets.UTF_8);
                    if (targetPage == null || targetPage.getElementById(id) == null) {
                        broken.add(page.getKey() + " -> " + url + " (no such id)");
                    }
                }
            }
        }
        assertEquals(List.of(), broken);
    }

    @Test
    void aLessonsFirstViewFitsInFourteenKilobytes() throws IOException {
        for (Map.Entry<String, Document> lesson : lessons().entrySet()) {
            long total = GzipSize.of(Files.readAllBytes(site.resolve(lesson.getKey())));
            for (Element asset : lesson.getValue().select("link[rel=stylesheet], script[src]")) {
                String url = asset.hasAttr("href") ? asset.attr("href") : asset.attr("src");
                total += GzipSize.of(Files.readAllBytes(site.resolve(URI.create(lesson.getKey()).resolve(url).getPath())));
            }
            assertTrue(total <= FIRST_VIEW_BUDGET, lesson.getKey() + " first view is " + total + " bytes gzipped");
        }
    }

    @Test
    void loadsNoFontsAndNothingFromOtherHosts() throws IOException {
        for (Map.Entry<String, Document> page : pages.entrySet()) {
            for (Element asset : page.getValue().select("link[href], script[src], img[src], iframe, video, audio, source")) {
                String url = asset.hasAttr("href") ? asset.attr("href") : asset.attr("src");
                boolean navigation = asset.tagName().equals("link") && asset.attr("rel").equals("alternate");
                assertTrue(navigation || !url.matches("^(https?:)?//.*"), page.getKey() + " loads " + url);
            }
        }
        for (String file : files(site)) {
            assertFalse(file.matches(".*\\.(woff2?|ttf|otf|eot)$"), "font file " + file);
            if (file.endsWith(".css")) {
                String css = Files.readString(site.resolve(file));
                assertFalse(css.contains("@font-face") || css.contains("@import") || css.contains("url("), file);
            }
        }
    }

    @Test
    void readingAndNavigatingNeedNoJavaScript() {
        for (Map.Entry<String, Document> page : pages.entrySet()) {
            Document doc = page.getValue();
            for (Element script : doc.select("script:not([type=application/json])")) {
                assertTrue(script.attr("src").endsWith("assets/quiz.js") && script.hasAttr("defer"),
                        page.getKey() + " runs " + script.outerHtml());
                assertFalse(doc.select("form.quiz, .progress").isEmpty(), page.getKey() + " loads the quiz script for nothing");
            }
            for (Element quiz : doc.select("form.quiz")) {
                assertFalse(quiz.select("details.quiz-answer").isEmpty(), "without the script a quiz still shows its answer");
            }
        }
    }

    @Test
    void theLanguageChooserNamesEachLanguageInItself() {
        Document chooser = pages.get("index.html");
        Map<String, String> names = chooser.select(".language-chooser a").stream()
                .collect(Collectors.toMap(a -> a.attr("lang"), Element::text, (a, b) -> a, TreeMap::new));
        assertEquals(Map.of("ar", "العربية", "en", "English", "es", "Español", "fr", "Français", "ru", "Русский", "zh", "中文"),
                names);
        assertEquals("ar/index.html", chooser.selectFirst(".language-chooser a[lang=ar]").attr("href"));
    }

    @Test
    void theSameInputBuildsByteIdenticalOutput() throws IOException {
        Path again = work.resolve("again");
        new SiteBuilder().build(new BuildRequest(REPO, again, List.of()));
        assertEquals(files(site), files(again));
        assertTrue(files(site).contains("offline/all-languages.zip"), "the offline packages are compared too");
        for (String file : files(site)) {
            assertArrayEquals(Files.readAllBytes(site.resolve(file)), Files.readAllBytes(again.resolve(file)), file);
        }
    }
}
