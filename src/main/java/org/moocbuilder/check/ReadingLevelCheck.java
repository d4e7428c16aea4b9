package org.moocbuilder.check;

import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.moocbuilder.diag.Diagnostics;
import org.moocbuilder.diag.SourcePosition;
import org.moocbuilder.i18n.LocaleInfo;
import org.moocbuilder.translate.LocaleTranslation;
import org.moocbuilder.translate.PageText;
import org.moocbuilder.translate.Segment;
import org.moocbuilder.translate.SegmentKind;

/**
 * The reading level of each lesson in each language, against the course's maximum grade. Only
 * running text counts (paragraphs, list items, quotes, definitions, callouts, footnotes), in
 * the page's language: headings, tables, alt texts, code, quizzes and text still in the source
 * language are left out. A page over the target is a warning naming its three longest sentences
 * (in Chinese, the most characters): length drives every formula, and a per-sentence score
 * would rank a three-word sentence with one long word first.
 */
final class ReadingLevelCheck {

    private static final Set<SegmentKind> RUNNING_TEXT = Set.of(SegmentKind.PARAGRAPH, SegmentKind.LIST_ITEM,
            SegmentKind.QUOTE, SegmentKind.DEFINITION, SegmentKind.CALLOUT, SegmentKind.FOOTNOTE);
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern MARKUP = Pattern.compile("!?\\[([^\\]]*)\\]\\([^)]*\\)|\\[\\^[^\\]]*\\]|`[^`]*`|[*_]{1,3}");

    /** A sentence with where it was written, for the report. */
    record Sentence(String text, SourcePosition at, TextStats stats) {
    }

    /** The measure of one page in one language. */
    record Result(ReadingFormula formula, double score, TextStats stats, List<Sentence> sentences) {
    }

    private ReadingLevelCheck() {
    }

    /** Plain text from a segment's Markdown: link text kept, targets, footnote markers, code and emphasis markers dropped. */
    static String plain(String markdown) {
        return SPACES.matcher(MARKUP.matcher(markdown).replaceAll("$1")).replaceAll(" ").strip();
    }

    static Optional<Result> measure(PageText page, LocaleInfo locale, boolean isSource, LocaleTranslation translation,
                                    String course) {
        ULocale language = locale.locale();
        SentenceSplitter splitter = new SentenceSplitter(language);
        List<Sentence> sentences = new ArrayList<>();
        for (Segment segment : page.bodySegments()) {
            if (!RUNNING_TEXT.contains(segment.kind())) {
                continue;
            }
            String text;
            SourcePosition at;
            if (isSource) {
                text = segment.text();
                at = segment.at();
            } else {
                Optional<String> translated = translation.text(course, segment.text());
                if (translated.isEmpty()) {
                    continue;
                }
                text = translated.get();
                at = translation.where(course, segment.text()).orElse(segment.at());
            }
            for (String sentence : splitter.split(plain(text))) {
                TextStats stats = TextStats.of(sentence, language);
                if (stats.sentences() > 0) {
                    sentences.add(new Sentence(sentence, at, stats));
                }
            }
        }
        if (sentences.isEmpty()) {
            return Optional.empty();
        }
        TextStats total = sentences.stream().map(Sentence::stats).reduce(TextStats.ZERO, TextStats::plus);
        ReadingFormula formula = ReadingFormula.forLanguage(language.getLanguage());
        return Optional.of(new Result(formula, formula.score(total), total, sentences));
    }

    static void report(Result result, int maxGrade, String locale, String page, SourcePosition at, Diagnostics diagnostics) {
        if (!result.formula().exceeds(result.score(), maxGrade)) {
            return;
        }
        Comparator<Sentence> length = result.formula() == ReadingFormula.CHARACTERS_PER_SENTENCE
                ? Comparator.comparingInt((Sentence s) -> s.stats().han())
                : Comparator.comparingInt((Sentence s) -> s.stats().words());
        List<String> longest = result.sentences().stream().sorted(length.reversed()).limit(3)
                .map(s -> s.at() + ": \"" + shorten(s.text()) + "\"").toList();
        String language = ULocale.forLanguageTag(locale).getLanguage();
        String beside = ReadingFormula.reportedFor(language).stream().skip(1)
                .map(f -> String.format(Locale.ROOT, "%s %.1f", f.label(), f.score(result.stats())))
                .reduce("", (a, b) -> a + "; " + b);
        diagnostics.warning("READ001", at, String.format(Locale.ROOT,
                "%s: %s is %.1f, past the course's target for grade %d (%s %.0f%s); longest sentences: %s", locale + "/" + page,
                result.formula().label(), result.score(), maxGrade, result.formula().isEase() ? "at least" : "at most",
                result.formula().limit(maxGrade), beside, String.join("; ", longest)),
                "split long sentences and prefer short, common words; the measure is an estimate, not a verdict",
                figures(result, language, maxGrade));
    }

    /** The counts and every score behind a finding, so a report can be checked by hand or charted. */
    static Map<String, Number> figures(Result result, String language, int maxGrade) {
        TextStats stats = result.stats();
        Map<String, Number> figures = new LinkedHashMap<>();
        figures.put("words", stats.words());
        figures.put("sentences", stats.sentences());
        figures.put("syllables", stats.syllables());
        figures.put("letters", stats.letters());
        figures.put("longWords", stats.longWords());
        figures.put("hanCharacters", stats.han());
        for (ReadingFormula formula : ReadingFormula.reportedFor(language)) {
            figures.put(formula.key(), round(formula.score(stats)));
        }
        figures.put("maxGrade", maxGrade);
        figures.put("limit", round(result.formula().limit(maxGrade)));
        return figures;
    }

    /** Two decimals: enough to check a score by hand, and the same digits on every machine. */
    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }

    private static String shorten(String sentence) {
        return sentence.length() > 90 ? sentence.substring(0, 87) + "..." : sentence;
    }
}
