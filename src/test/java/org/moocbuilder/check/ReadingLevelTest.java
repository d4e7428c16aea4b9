package org.moocbuilder.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ibm.icu.util.ULocale;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Formulas against hand-computed figures; counts against hand counts. Sources are in docs/checks.md. */
class ReadingLevelTest {

    private static TextStats stats(String text, String language) {
        ULocale locale = ULocale.forLanguageTag(language);
        return sentences(text, language).stream().map(s -> TextStats.of(s, locale)).reduce(TextStats.ZERO, TextStats::plus);
    }

    private static List<String> sentences(String text, String language) {
        return new SentenceSplitter(ULocale.forLanguageTag(language)).split(text);
    }

    @Test
    void englishCountsAndFleschKincaidMatchAHandComputation() {
        // 2 sentences, 9 words, 9 syllables: ASL 4.5, ASW 1.0.
        TextStats s = stats("The cat sat on the mat. The dog ran.", "en");
        assertEquals(new TextStats(2, 9, 26, 0, 9, 0), s);
        assertEquals(0.39 * 4.5 + 11.8 * 1.0 - 15.59, ReadingFormula.FLESCH_KINCAID.score(s), 1e-9);
        assertEquals(-2.035, ReadingFormula.FLESCH_KINCAID.score(s), 1e-9);
        assertEquals(206.835 - 1.015 * 4.5 - 84.6 * 1.0, ReadingFormula.FLESCH_READING_EASE.score(s), 1e-9); // 117.6675
    }

    @Test
    void aFindingCarriesItsCountsAndEveryScoreOfItsLanguage() {
        TextStats s = stats("The cat sat on the mat. The dog ran.", "en");
        ReadingLevelCheck.Result result = new ReadingLevelCheck.Result(ReadingFormula.FLESCH_KINCAID,
                ReadingFormula.FLESCH_KINCAID.score(s), s, List.of());
        assertEquals("{words=9, sentences=2, syllables=9, letters=26, longWords=0, hanCharacters=0, flesch_kincaid=-2.03,"
                + " flesch_reading_ease=117.67, maxGrade=8, limit=8.0}", ReadingLevelCheck.figures(result, "en", 8).toString());
        assertEquals(List.of(ReadingFormula.FERNANDEZ_HUERTA), ReadingFormula.reportedFor("es"));
    }

    @Test
    void abbreviationsDoNotEndSentences() {
        assertEquals(List.of("We met Mr. Jones at 3 p.m. today.", "Then we left."),
                sentences("We met Mr. Jones at 3 p.m. today. Then we left.", "en"));
        assertEquals(List.of("Es el Sr. García.", "La Sra. López llega."), sentences("Es el Sr. García. La Sra. López llega.", "es"));
        assertEquals(List.of("Das ist z.B. ein Haus.", "Herr Dr. Müller kommt."),
                sentences("Das ist z.B. ein Haus. Herr Dr. Müller kommt.", "de"));
    }

    @Test
    void aWordThatOnlyEndsLikeAnAbbreviationEndsItsSentence() {
        // CLDR lists "ed." (edición) for Spanish and "b." for German; ICU's @ss=standard matched
        // them against the end of any word, so "usted.", "red." and "Betrieb." ended no sentence.
        assertEquals(List.of("Gracias a usted.", "Hoy vamos a la red.", "Es fácil."),
                sentences("Gracias a usted. Hoy vamos a la red. Es fácil.", "es"));
        assertEquals(List.of("Der Betrieb läuft seit Mai im Betrieb.", "Er schrieb.", "Das ist gut."),
                sentences("Der Betrieb läuft seit Mai im Betrieb. Er schrieb. Das ist gut.", "de"));
        assertEquals(List.of("Lo publicó la ed. Anaya en 2020.", "Es fácil."),
                sentences("Lo publicó la ed. Anaya en 2020. Es fácil.", "es"), "the abbreviation itself still ends no sentence");
        assertEquals(3, stats("Gracias a usted. Hoy vamos a la red. Es fácil.", "es").sentences());
    }

    @Test
    void publishedConstantsGiveTheExpectedScoresForKnownCounts() {
        // 100 words, 5 sentences, 170 syllables, 450 letters, 20 long words: ASL 20, ASW 1.7.
        TextStats counts = new TextStats(5, 100, 450, 20, 170, 0);
        assertEquals(206.84 - 60 * 1.7 - 1.02 * 20, ReadingFormula.FERNANDEZ_HUERTA.score(counts), 1e-9); // 84.44
        assertEquals(84.44, ReadingFormula.FERNANDEZ_HUERTA.score(counts), 1e-9);
        assertEquals(207 - 1.015 * 20 - 73.6 * 1.7, ReadingFormula.KANDEL_MOLES.score(counts), 1e-9);
        assertEquals(180 - 20 - 58.5 * 1.7, ReadingFormula.AMSTAD.score(counts), 1e-9);
        assertEquals(89 + (300.0 * 5 - 10.0 * 450) / 100, ReadingFormula.GULPEASE.score(counts), 1e-9); // 59
        assertEquals(248.835 - 1.015 * 20 - 84.6 * 1.7, ReadingFormula.FLESCH_PT.score(counts), 1e-9);
        assertEquals(206.835 - 1.3 * 20 - 60.1 * 1.7, ReadingFormula.OBORNEVA.score(counts), 1e-9);
        assertEquals(20 + 100.0 * 20 / 100, ReadingFormula.LIX.score(counts), 1e-9); // 40
    }

    @ParameterizedTest
    @CsvSource({"ru,молоко,3", "ru,информация,5", "es,lecciones,3", "es,poesía,4", "es,que,1", "es,aeropuerto,5",
            "de,Situation,5", "de,Häuser,2", "en,table,2", "en,wanted,2", "en,jumped,1", "fr,lecture,2", "fr,intelligence,4"})
    void syllablesAreCountedByTheRulesOfEachLanguage(String language, String word, int syllables) {
        assertEquals(syllables, Syllables.count(word, language));
    }

    @Test
    void chineseIsMeasuredInHanCharactersPerSentence() {
        TextStats s = stats("人工智能正在改变公共服务。我们需要学习。", "zh");
        assertEquals(2, s.sentences());
        assertEquals(18, s.han(), "12 characters, then 6");
        assertEquals(9.0, ReadingFormula.CHARACTERS_PER_SENTENCE.score(s), 1e-9);
    }

    @Test
    void theGradeTargetMapsOntoEachScale() {
        assertTrue(ReadingFormula.FLESCH_KINCAID.exceeds(12.5, 12));
        assertFalse(ReadingFormula.FLESCH_KINCAID.exceeds(11.9, 12));
        assertTrue(ReadingFormula.KANDEL_MOLES.exceeds(45, 12), "an ease below Flesch's band for grades 10-12 (50)");
        assertEquals(57, ReadingFormula.LIX.limit(12), 1e-9);
        assertEquals(44, ReadingFormula.LIX.limit(8), 1e-9);
    }

    @Test
    void markdownIsReducedToWhatAReaderReads() {
        assertEquals("See the project cycle and code.",
                ReadingLevelCheck.plain("See **the [project cycle](02-cycle.md#c)**[^1] and `x` code."));
    }
}
