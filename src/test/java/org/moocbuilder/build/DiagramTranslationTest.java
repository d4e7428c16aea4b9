package org.moocbuilder.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.moocbuilder.source.SvgCheck;
import org.moocbuilder.testing.CourseFiles;
import org.moocbuilder.translate.Coverage;
import org.moocbuilder.translate.PageCoverage;

/** The text of a course's SVG diagrams: extracted with its context, translated per language, counted in coverage. */
class DiagramTranslationTest {

    private static final String DIAGRAM = """
            <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 300 80" role="img">
            <title>From data to decision</title>
            <text x="10" y="30">Collect data</text>
            <text x="150" y="30"><tspan x="150">Train</tspan><tspan x="150" dy="14">a model</tspan></text>
            </svg>
            """;

    private static final String COURSE = """
            -- content/course-a/01-basics/flow.svg --
            %s
            -- content/course-a/01-basics/01-first.md --
            ---
            title: First lesson
            ---
            ![From data to decision](flow.svg)
            """.formatted(DIAGRAM);

    @TempDir
    Path dir;

    private Path po() {
        return dir.resolve("locales/ar/course-a.po");
    }

    private BuildResult build() throws IOException {
        return new SiteBuilder().build(new BuildRequest(dir, dir.resolve("site-out"), List.of()));
    }

    private String translate(String po, String id, String translation) {
        String entry = "msgid \"" + id + "\"\nmsgstr \"\"";
        assertTrue(po.contains(entry), po);
        return po.replace(entry, "msgid \"" + id + "\"\nmsgstr \"" + translation + "\"");
    }

    private static PageCoverage diagramCoverage(BuildResult result) {
        Coverage.ModuleCoverage basics = result.coverage().get(0).courses().get(0).modules().get(0);
        return basics.pages().stream().filter(p -> p.outputPath().endsWith("flow.svg")).findFirst().orElseThrow();
    }

    @Test
    void theTextOfADiagramIsExtractedWithItsElementAndFileTranslatedAndCounted() throws IOException {
        CourseFiles.write(dir, CourseFiles.MINIMAL, COURSE);
        new CatalogExtractor().extract(dir, List.of());
        String po = Files.readString(po());
        assertTrue(po.contains("#. image alt text\n#. diagram text, <title> in flow.svg\n#: content/course-a/01-basics/01-first.md:4\n"
                + "#: content/course-a/01-basics/flow.svg:2\nmsgid \"From data to decision\""), "one entry for the alt text and the title: " + po);
        assertTrue(po.contains("#. diagram text, <tspan> in flow.svg\n#: content/course-a/01-basics/flow.svg:4\nmsgid \"a model\""), po);

        BuildResult untranslated = build();
        assertEquals(9, diagramCoverage(untranslated).count().missingWords(), "4 in the title, 2 + 1 + 2 in the texts");
        String original = Files.readString(dir.resolve("content/course-a/01-basics/flow.svg"));
        assertEquals(original, Files.readString(dir.resolve("site-out/shared/course-a/basics/flow.svg")),
                "nothing translated: the original, as it is, stored once");
        assertFalse(Files.exists(dir.resolve("site-out/ar/course-a/basics/flow.svg")), "and no copy of it for Arabic");

        po = translate(po, "Collect data", "جمع البيانات");
        po = translate(po, "Train", "تدريب");
        Files.writeString(po(), po);
        BuildResult result = build();
        assertEquals(List.of(), result.diagnostics().sorted());
        Document svg = Jsoup.parse(Files.readString(dir.resolve("site-out/ar/course-a/basics/flow.svg")), "", Parser.xmlParser());
        assertEquals("ar", svg.selectFirst("svg").attr("xml:lang"));
        assertEquals("rtl", svg.selectFirst("svg").attr("direction"));
        assertEquals("جمع البيانات", svg.select("text").get(0).text());
        assertEquals("تدريب", svg.select("tspan").get(0).text());
        assertEquals("en", svg.select("tspan").get(1).attr("xml:lang"), "still in English, and marked so");
        assertEquals(original, Files.readString(dir.resolve("site-out/shared/course-a/basics/flow.svg")),
                "English shows the original");
        PageCoverage coverage = diagramCoverage(result);
        assertEquals(3, coverage.count().translatedWords(), "collect, data, train");
        assertEquals(coverage.count().words() - 3, coverage.count().missingWords());
    }

    @Test
    void aTranslatorCannotPutScriptIntoADiagram() throws IOException {
        CourseFiles.write(dir, CourseFiles.MINIMAL, COURSE);
        new CatalogExtractor().extract(dir, List.of());
        Files.writeString(po(), translate(Files.readString(po()), "Collect data",
                "</text><script>alert(1)</script><a href=\\\"javascript:x()\\\">x</a>"));
        BuildResult result = build();
        assertTrue(result.written(), result.diagnostics().sorted().toString());
        String svg = Files.readString(dir.resolve("site-out/ar/course-a/basics/flow.svg"));
        assertEquals(Optional.empty(), SvgCheck.activeContent(svg), svg);
        assertEquals("</text><script>alert(1)</script><a href=\"javascript:x()\">x</a>",
                Jsoup.parse(svg, "", Parser.xmlParser()).select("text").get(0).text());
    }

    @Test
    void aLanguagesOwnFileStillWinsAndCountsAsTranslated() throws IOException {
        String own = DIAGRAM.replace("Collect data", "جمع البيانات");
        CourseFiles.write(dir, CourseFiles.MINIMAL, COURSE + "-- locales/ar/pages/course-a/01-basics/flow.svg --\n" + own);
        new CatalogExtractor().extract(dir, List.of());
        Files.writeString(po(), translate(Files.readString(po()), "Train", "تدريب"));
        BuildResult result = build();
        assertTrue(result.written(), result.diagnostics().sorted().toString());
        assertEquals(Files.readString(dir.resolve("locales/ar/pages/course-a/01-basics/flow.svg")),
                Files.readString(dir.resolve("site-out/ar/course-a/basics/flow.svg")));
        assertEquals(0, diagramCoverage(result).count().missingWords());
    }

    @Test
    void aDiagramThatIsNotXmlIsPublishedAsItIsWithAWarning() throws IOException {
        CourseFiles.write(dir, CourseFiles.MINIMAL, COURSE.replace(DIAGRAM, "<svg><text>Unclosed</svg>\n"));
        BuildResult result = build();
        assertTrue(result.written());
        assertEquals(List.of("content/course-a/01-basics/flow.svg:1 TR031"), CourseFiles.findings(result));
        String message = result.diagnostics().sorted().get(0).format();
        assertTrue(message.lines().count() <= 2 && !message.contains("ParseError"), "one plain reason, at its line: " + message);
        assertEquals(Files.readString(dir.resolve("content/course-a/01-basics/flow.svg")),
                Files.readString(dir.resolve("site-out/shared/course-a/basics/flow.svg")));
        assertFalse(Files.exists(dir.resolve("site-out/ar/course-a/basics/flow.svg")), "every language shows the one original");
    }
}
