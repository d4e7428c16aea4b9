package org.moocbuilder.check;

import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/**
 * The readability measure used for each language, with its published constants (sources in
 * docs/checks.md), and how a course's maximum school grade maps onto its scale. "Ease" scores
 * are higher for easier text; the others are higher for harder text.
 */
enum ReadingFormula {
    /** Kincaid et al. 1975: 0.39·ASL + 11.8·ASW − 15.59; a US school grade. Flesch Reading Ease is reported beside it. */
    FLESCH_KINCAID("Flesch-Kincaid grade", false,
            s -> 0.39 * s.wordsPerSentence() + 11.8 * s.syllablesPerWord() - 15.59),
    /** Flesch 1948: 206.835 − 1.015·ASL − 84.6·ASW; reported beside Flesch-Kincaid for English, never judged on its own. */
    FLESCH_READING_EASE("Flesch Reading Ease", true,
            s -> 206.835 - 1.015 * s.wordsPerSentence() - 84.6 * s.syllablesPerWord()),
    /** Fernández-Huerta 1959, as corrected by Law 2011: 206.84 − 60·ASW − 1.02·ASL. */
    FERNANDEZ_HUERTA("Fernández-Huerta ease", true,
            s -> 206.84 - 60 * s.syllablesPerWord() - 1.02 * s.wordsPerSentence()),
    /** Kandel & Moles 1958: 207 − 1.015·ASL − 73.6·ASW. */
    KANDEL_MOLES("Kandel-Moles ease", true,
            s -> 207 - 1.015 * s.wordsPerSentence() - 73.6 * s.syllablesPerWord()),
    /** Amstad 1978: 180 − ASL − 58.5·ASW. */
    AMSTAD("Amstad ease", true, s -> 180 - s.wordsPerSentence() - 58.5 * s.syllablesPerWord()),
    /** Lucisano & Piemontese 1988: 89 + (300·S − 10·L)/W, with L letters. */
    GULPEASE("Gulpease index", true,
            s -> s.words() == 0 ? 0 : 89 + (300.0 * s.sentences() - 10.0 * s.letters()) / s.words()),
    /** Martins et al. 1996 (Brazilian Portuguese): 248.835 − 1.015·ASL − 84.6·ASW. */
    FLESCH_PT("Flesch ease adapted for Portuguese", true,
            s -> 248.835 - 1.015 * s.wordsPerSentence() - 84.6 * s.syllablesPerWord()),
    /** Oborneva 2006: 206.835 − 1.3·ASL − 60.1·ASW. */
    OBORNEVA("Oborneva ease (Russian Flesch)", true,
            s -> 206.835 - 1.3 * s.wordsPerSentence() - 60.1 * s.syllablesPerWord()),
    /** Björnsson 1968: W/S + 100·LW/W, long words over 6 letters; for Arabic and other alphabetic languages. */
    LIX("LIX", false, s -> s.words() == 0 ? 0 : s.wordsPerSentence() + 100.0 * s.longWords() / s.words()),
    /** Han characters per sentence: a convention, not a validated formula (no Chinese formula has agreed constants). */
    CHARACTERS_PER_SENTENCE("Han characters per sentence (convention)", false,
            s -> s.sentences() == 0 ? 0 : (double) s.han() / s.sentences());

    private final String label;
    private final boolean ease;
    private final ToDoubleFunction<TextStats> formula;

    ReadingFormula(String label, boolean ease, ToDoubleFunction<TextStats> formula) {
        this.label = label;
        this.ease = ease;
        this.formula = formula;
    }

    static ReadingFormula forLanguage(String language) {
        return switch (language) {
            case "en" -> FLESCH_KINCAID;
            case "es" -> FERNANDEZ_HUERTA;
            case "fr" -> KANDEL_MOLES;
            case "de" -> AMSTAD;
            case "it" -> GULPEASE;
            case "pt" -> FLESCH_PT;
            case "ru" -> OBORNEVA;
            case "zh", "ja" -> CHARACTERS_PER_SENTENCE;
            default -> LIX;
        };
    }

    /**
     * Every measure reported for a language, the judged one ({@link #forLanguage}) first:
     * English readers and tools know Flesch Reading Ease best, so it is shown beside the grade.
     */
    static List<ReadingFormula> reportedFor(String language) {
        ReadingFormula judged = forLanguage(language);
        return judged == FLESCH_KINCAID ? List.of(FLESCH_KINCAID, FLESCH_READING_EASE) : List.of(judged);
    }

    /** The measure's name in the JSON and SARIF figures: stable, like a diagnostic code. */
    String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    String label() {
        return label;
    }

    double score(TextStats stats) {
        return formula.applyAsDouble(stats);
    }

    /** Whether a score is past the limit for a maximum school grade. */
    boolean exceeds(double score, int maxGrade) {
        double limit = limit(maxGrade);
        return ease ? score < limit : score > limit;
    }

    /**
     * The score that corresponds to a maximum school grade: Flesch's bands for the ease scales
     * (each formula's own published bands where they differ), Anderson 1983 for LIX, and a
     * stated convention for Chinese.
     */
    double limit(int grade) {
        return switch (this) {
            case FLESCH_KINCAID -> grade;
            case FLESCH_READING_EASE, FERNANDEZ_HUERTA, KANDEL_MOLES, AMSTAD, OBORNEVA ->
                    grade <= 5 ? 90 : grade == 6 ? 80 : grade == 7 ? 70 : grade <= 9 ? 60 : grade <= 12 ? 50 : grade <= 16 ? 30 : 0;
            case FLESCH_PT -> grade <= 4 ? 75 : grade <= 8 ? 50 : grade <= 12 ? 25 : 0;
            case GULPEASE -> grade <= 5 ? 80 : grade <= 8 ? 60 : grade <= 13 ? 40 : 0;
            case LIX -> grade <= 4 ? 33 : grade == 5 ? 34 : grade == 6 ? 38 : grade == 7 ? 41 : grade == 8 ? 44
                    : grade == 9 ? 48 : grade == 10 ? 51 : grade == 11 ? 54 : grade == 12 ? 57 : 60;
            case CHARACTERS_PER_SENTENCE -> grade <= 6 ? 25 : grade <= 9 ? 35 : grade <= 12 ? 45 : 55;
        };
    }

    boolean isEase() {
        return ease;
    }
}
