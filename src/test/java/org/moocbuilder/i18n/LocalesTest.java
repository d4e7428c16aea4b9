package org.moocbuilder.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.moocbuilder.diag.Diagnostic;
import org.moocbuilder.diag.Diagnostics;

class LocalesTest {

    @ParameterizedTest
    @CsvSource({"ar,rtl", "he,rtl", "fa,rtl", "ur,rtl", "en,ltr", "zh,ltr", "ru,ltr", "ar-EG,rtl"})
    void writingDirectionComesFromIcu(String tag, String dir) {
        assertEquals(dir, LocaleInfo.of(tag).dir());
    }

    @ParameterizedTest
    @CsvSource({"ar,العربية", "ru,Русский", "zh,中文", "fr,Français", "es,Español"})
    void languagesAreNamedInTheirOwnLanguage(String tag, String autonym) {
        assertEquals(autonym, LocaleInfo.of(tag).autonym());
    }

    @Test
    void languageNamesInsideSentencesAreLowerCaseWhereTheLanguageWantsIt() {
        assertEquals("anglais", LocaleInfo.of("en").nameFor(LocaleInfo.of("fr")));
    }

    private static Messages themeBundle(String tag) throws IOException {
        String english = Files.readString(Path.of("themes/default/i18n/en.json"));
        String own = Files.readString(Path.of("themes/default/i18n/" + tag + ".json"));
        Diagnostics diagnostics = new Diagnostics();
        Messages messages = UiBundles.build(List.of(LocaleInfo.of(tag)), Map.of("en", List.of(new UiBundles.BundleText("en.json", english)),
                tag, List.of(new UiBundles.BundleText(tag + ".json", own))), Map.of(), diagnostics).get(tag);
        assertEquals(List.of(), diagnostics.sorted(), "the theme's bundle is complete and valid");
        return messages;
    }

    @ParameterizedTest
    @CsvSource({"1,1 урок", "2,2 урока", "5,5 уроков", "21,21 урок", "22,22 урока", "11,11 уроков"})
    void russianLessonCountsUseAllFourPluralForms(int count, String expected) throws IOException {
        assertEquals(expected, themeBundle("ru").format("count.lessons", Map.of("count", count)));
    }

    @ParameterizedTest
    @CsvSource({"1,درس واحد", "2,درسان", "3,3 دروس", "11,11 درسًا", "100,100 درس"})
    void arabicLessonCountsUseItsPluralForms(int count, String expected) throws IOException {
        assertEquals(expected, themeBundle("ar").format("count.lessons", Map.of("count", count)));
    }

    @Test
    void durationsAreWrittenTheWayEachLanguageWritesThem() {
        assertEquals("2 hr, 30 min", new Formats(LocaleInfo.of("en")).duration(150));
        assertEquals("20 min", new Formats(LocaleInfo.of("en")).duration(20));
        assertEquals("2 ч 30 мин", new Formats(LocaleInfo.of("ru")).duration(150));
        assertEquals("1 234", new Formats(LocaleInfo.of("fr")).number(1234).replace('\u202f', ' '));
    }

    @Test
    void reportsAnInvalidMessageAtItsLine() {
        Diagnostics diagnostics = new Diagnostics();
        UiBundles.build(List.of(LocaleInfo.of("fr")), Map.of("en", List.of(new UiBundles.BundleText("en.json", "{\"a\": \"A\"}"))),
                Map.of("fr", new UiBundles.BundleText("locales/fr/ui.json", "{\n  \"a\": \"{count, plural, one {x}\"\n}")),
                diagnostics);
        Diagnostic invalid = diagnostics.sorted().stream().filter(d -> d.code().equals("UI004")).findFirst().orElseThrow();
        assertEquals("locales/fr/ui.json:2:8", invalid.position().toString());
        assertTrue(invalid.isError());
    }

    private static List<String> checkSiteBundle(String tag, String english, String translated) {
        Diagnostics diagnostics = new Diagnostics();
        UiBundles.build(List.of(LocaleInfo.of(tag)), Map.of("en", List.of(new UiBundles.BundleText("en.json", english))),
                Map.of(tag, new UiBundles.BundleText("locales/" + tag + "/ui.json", translated)), diagnostics);
        return diagnostics.sorted().stream().map(Diagnostic::format).toList();
    }

    @Test
    void aTranslationMustKeepTheEnglishPlaceholders() {
        assertEquals(List.of("locales/fr/ui.json:1:7: error[UI005]: `a` has placeholders [total], the English has [count]\n"
                        + "  hint: use exactly the English placeholders; translate the words around them"),
                checkSiteBundle("fr", "{\"a\": \"{count} lessons\"}", "{\"a\": \"{total} leçons\"}"));
    }

    @Test
    void russianPluralsNeedOneFewManyAndOther() {
        assertEquals(List.of("locales/ru/ui.json:1:7: warning[UI006]: `a` lacks the plural form(s) [few, many] that `ru` needs"
                        + " (CLDR: [few, many, one, other])\n  hint: add a branch for each, e.g. `few {# ...}`"),
                checkSiteBundle("ru", "{\"a\": \"{count, plural, one {# lesson} other {# lessons}}\"}",
                        "{\"a\": \"{count, plural, one {# урок} other {# урока}}\"}"));
        assertEquals(List.of(), checkSiteBundle("ar", "{\"a\": \"{count, plural, one {# lesson} other {# lessons}}\"}",
                "{\"a\": \"{count, plural, zero {لا دروس} one {درس} two {درسان} few {# دروس} many {# درسًا} other {# درس}}\"}"));
    }
}
