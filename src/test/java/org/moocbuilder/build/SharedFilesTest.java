package org.moocbuilder.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.moocbuilder.testing.CourseFiles;
import org.moocbuilder.translate.AssetPlacement;

/** Course files are stored once for the languages that show them as written, apart where a language has its own. */
class SharedFilesTest {

    /** Three languages, three drawings: one shown as written by all, one French has its own of, one both French and Arabic have. */
    private static final String COURSE = """
            -- content/site.yml --
            title: Test Academy
            sourceLocale: en
            locales: [fr, ar]
            -- content/course-a/01-basics/01-first.md --
            ---
            title: First lesson
            ---
            ## Start

            ![A map of the districts](map.svg)

            ![How the cycle turns](cycle.svg)

            ![The signs on the road](signs.svg)
            -- content/course-a/01-basics/map.svg --
            <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><rect width="10" height="10" fill="#225"/><!-- map-original --></svg>
            -- content/course-a/01-basics/cycle.svg --
            <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><circle cx="5" cy="5" r="4" fill="#252"/><!-- cycle-en --></svg>
            -- locales/fr/pages/course-a/01-basics/cycle.svg --
            <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><circle cx="5" cy="5" r="4" fill="#252"/><!-- cycle-fr --><title>Le cycle</title></svg>
            -- content/course-a/01-basics/signs.svg --
            <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><path d="M0 0h10v10z"/><!-- signs-en --></svg>
            -- locales/fr/pages/course-a/01-basics/signs.svg --
            <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><path d="M0 0h10v10z"/><!-- signs-fr --></svg>
            -- locales/ar/pages/course-a/01-basics/signs.svg --
            <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><path d="M10 0H0v10z"/><!-- signs-ar --></svg>
            """;

    @TempDir
    Path dir;

    @Test
    void aSiteHoldsOneCopyOfEachFileAndTheLanguagesOwnVersions() throws IOException {
        BuildResult result = CourseFiles.build(dir, COURSE);
        assertEquals(List.of(), CourseFiles.findings(result));
        Path site = dir.resolve("site-out");

        Map<String, Long> drawings = new TreeMap<>();
        for (String path : files(site)) {
            if (path.endsWith(".svg")) {
                drawings.put(path, Files.size(site.resolve(path)));
            }
        }
        assertEquals(List.of("ar/course-a/basics/signs.svg", "fr/course-a/basics/cycle.svg", "fr/course-a/basics/signs.svg",
                "shared/course-a/basics/cycle.svg", "shared/course-a/basics/map.svg", "shared/course-a/basics/signs.svg"),
                List.copyOf(drawings.keySet()));
        long originals = size("content/course-a/01-basics/map.svg") + size("content/course-a/01-basics/cycle.svg")
                + size("content/course-a/01-basics/signs.svg");
        long own = size("locales/fr/pages/course-a/01-basics/cycle.svg") + size("locales/fr/pages/course-a/01-basics/signs.svg")
                + size("locales/ar/pages/course-a/01-basics/signs.svg");
        assertEquals(originals + own, drawings.values().stream().mapToLong(Long::longValue).sum(),
                "the site's drawings weigh one copy of each original shown plus the languages' own versions");
    }

    @Test
    void everyLanguageShowsItsOwnVersionOrTheSharedFile() throws IOException {
        CourseFiles.build(dir, COURSE);
        Path site = dir.resolve("site-out");
        Map<String, List<String>> expected = Map.of(
                "en", List.of("map-original", "cycle-en", "signs-en"),
                "fr", List.of("map-original", "cycle-fr", "signs-fr"),
                "ar", List.of("map-original", "cycle-en", "signs-ar"));
        for (Map.Entry<String, List<String>> language : expected.entrySet()) {
            Path page = site.resolve(language.getKey() + "/course-a/basics/first.html");
            List<String> shown = new ArrayList<>();
            for (Element image : Jsoup.parse(page, "UTF-8").select("main img")) {
                Path file = page.getParent().resolve(image.attr("src")).normalize();
                assertTrue(file.startsWith(site) && Files.isRegularFile(file), image.attr("src") + " in " + page);
                String svg = Files.readString(file);
                shown.add(svg.substring(svg.indexOf("<!-- ") + 5, svg.indexOf(" -->")));
            }
            assertEquals(language.getValue(), shown, language.getKey());
        }
    }

    @Test
    void theSavingIsWhatACopyPerLanguageWouldHaveCost() throws IOException {
        BuildResult result = CourseFiles.build(dir, COURSE);
        AssetPlacement.Saving saving = result.analysis().assets().saving();
        // map.svg is shown by three languages, cycle.svg by two (English and Arabic), signs.svg by English alone.
        assertEquals(2, saving.sharedFiles());
        assertEquals(2 * size("content/course-a/01-basics/map.svg") + size("content/course-a/01-basics/cycle.svg"),
                saving.savedBytes());
    }

    @Test
    void aLanguagesBudgetCountsTheSharedFilesItsPagesShow() {
        // 150 KB of digits that gzip leaves at about 70 KB: over a 40 KB budget only with the image counted.
        StringBuilder noise = new StringBuilder();
        Random random = new Random(11);
        while (noise.length() < 150_000) {
            noise.append(Long.toHexString(random.nextLong()));
        }
        BuildResult result = CourseFiles.build(dir, """
                -- content/site.yml --
                title: Test Academy
                sourceLocale: en
                locales: [ar]
                checks:
                  localeBudgetKb: 40
                -- content/course-a/01-basics/module.md --
                ---
                title: Basics
                ---
                ![A photograph of the river](river.svg)
                -- content/course-a/01-basics/river.svg --
                <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><!-- %s --></svg>
                """.formatted(noise));
        assertEquals(List.of("site-out/ar/:0 WEIGHT002", "site-out/en/:0 WEIGHT002"), result.checks().stream()
                .map(d -> d.position().file() + ":" + d.position().line() + " " + d.code()).sorted().toList());
    }

    private long size(String path) throws IOException {
        return Files.size(dir.resolve(path));
    }

    private static List<String> files(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).map(p -> root.relativize(p).toString().replace('\\', '/')).sorted().toList();
        }
    }
}
