package org.moocbuilder.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.moocbuilder.diag.Diagnostic;
import org.moocbuilder.testing.CourseFiles;

/**
 * A regional language takes its interface strings along CLDR's parent chain: a {@code zh-TW}
 * site (Traditional Chinese) never shows the theme's Simplified Chinese ({@code zh.json}), and
 * says what it shows instead.
 */
class RegionalVariantTest {

    @TempDir
    Path dir;

    private static final String TAIWAN = """
            -- content/site.yml --
            title: Test Academy
            sourceLocale: en
            locales: [zh-TW]
            """;

    /** The Simplified Chinese texts of the built-in theme, up to their first placeholder. */
    private static List<String> simplifiedTexts() throws IOException {
        Map<String, String> zh = new ObjectMapper().readValue(Path.of("themes/default/i18n/zh.json").toFile(),
                new TypeReference<Map<String, String>>() { });
        List<String> texts = zh.values().stream().map(v -> v.split("\\{")[0].strip())
                .filter(t -> t.codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN).count() >= 2)
                .toList();
        assertTrue(texts.size() > 20, "enough of the theme's strings to look for: " + texts);
        return texts;
    }

    private static String pages(Path out) throws IOException {
        StringBuilder all = new StringBuilder();
        try (Stream<Path> files = Files.walk(out)) {
            for (Path page : files.filter(f -> f.toString().endsWith(".html")).sorted().toList()) {
                all.append(Files.readString(page));
            }
        }
        return all.toString();
    }

    @Test
    void aTaiwanSiteNeverShowsSimplifiedChineseInterfaceText() throws IOException {
        BuildResult result = CourseFiles.build(dir, TAIWAN);
        assertFalse(result.diagnostics().hasErrors(), result.diagnostics().sorted().toString());
        String pages = pages(dir.resolve("site-out/zh-TW"));
        assertTrue(pages.contains("Skip to main content"), "the theme has no Traditional Chinese, so English is shown");
        for (String simplified : simplifiedTexts()) {
            assertFalse(pages.contains(simplified), "Simplified Chinese on a zh-TW page: " + simplified);
        }
        List<Diagnostic> fallback = result.diagnostics().sorted().stream().filter(d -> d.code().equals("UI007")).toList();
        assertEquals(1, fallback.size(), result.diagnostics().sorted().toString());
        assertEquals("the theme has no interface strings for `zh-TW` or its parents in CLDR (zh-Hant-TW, zh-Hant); they are"
                + " shown in English, the theme's default; the theme's `zh` is not used: it is written in Simplified Han,"
                + " `zh-TW` in Traditional Han", fallback.get(0).message());
        assertTrue(result.diagnostics().sorted().stream().noneMatch(d -> d.code().equals("UI002")),
                "UI007 already says all of them are English; no second list of every key");
    }

    @Test
    void aTraditionalChineseThemeBundleServesTaiwanAndTheWarningNamesIt() throws IOException {
        BuildResult result = CourseFiles.build(dir, TAIWAN + """
                -- themes/default/i18n/zh-Hant.json --
                {"skip.toMain": "跳到主要內容"}
                """);
        String pages = pages(dir.resolve("site-out/zh-TW"));
        assertTrue(pages.contains("跳到主要內容"), "zh-Hant is zh-TW's parent");
        for (String simplified : simplifiedTexts()) {
            assertFalse(pages.contains(simplified), "Simplified Chinese on a zh-TW page: " + simplified);
        }
        assertTrue(result.diagnostics().sorted().stream().anyMatch(d -> d.code().equals("UI007")
                && d.message().contains("; they come from `zh-Hant`;")), result.diagnostics().sorted().toString());
    }

    @Test
    void aSimplifiedChineseSiteNextToItKeepsItsOwn() throws IOException {
        BuildResult result = CourseFiles.build(dir, """
                -- content/site.yml --
                title: Test Academy
                sourceLocale: en
                locales: [zh, zh-TW]
                """);
        assertTrue(pages(dir.resolve("site-out/zh")).contains("跳到主要内容"), "zh keeps its own bundle");
        assertFalse(pages(dir.resolve("site-out/zh-TW")).contains("跳到主要内容"));
        assertEquals(List.of("locales/zh-TW/ui.json:0 UI007"), CourseFiles.findings(result), "zh has its own strings");
    }
}
