package org.moocbuilder.check;

import com.ibm.icu.impl.ICUData;
import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.UResourceBundle;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.MissingResourceException;
import java.util.Set;

/**
 * Splits plain text into sentences for one language: ICU's sentence rules, where a break after
 * one of CLDR's abbreviations for the language ("Mr.", "Sr.", "z.B.") is dropped only when the
 * abbreviation is a whole word.
 *
 * <p>Why not ICU's own suppression ({@code @ss=standard}): ICU 78 matches the abbreviation list
 * against the end of the text before a full stop without looking at what comes before it, so
 * the Spanish "ed." also swallows the end of "usted." and "red.", and the German "b." that of
 * "Betrieb." or "schrieb.": real sentences were merged and the scores came out too hard. The
 * list is the same (CLDR's, from ICU's data); only the match is made on whole words.
 */
final class SentenceSplitter {

    private final ULocale locale;
    private final Set<String> abbreviations;

    SentenceSplitter(ULocale locale) {
        this.locale = locale;
        this.abbreviations = abbreviations(locale);
    }

    /** The sentences of a text, stripped; segments with no letter or digit (a stray "—") are left out. */
    List<String> split(String text) {
        BreakIterator iterator = BreakIterator.getSentenceInstance(locale);
        iterator.setText(text);
        List<String> sentences = new ArrayList<>();
        int start = iterator.first();
        for (int end = iterator.next(); end != BreakIterator.DONE; end = iterator.next()) {
            if (end < text.length() && endsWithAbbreviation(text.substring(start, end).stripTrailing())) {
                continue;
            }
            String sentence = text.substring(start, end).strip();
            if (!sentence.isEmpty() && sentence.codePoints().anyMatch(Character::isLetterOrDigit)) {
                sentences.add(sentence);
            }
            start = end;
        }
        return sentences;
    }

    /** Whether the text ends with an abbreviation that starts a word (not the last letters of a longer one). */
    private boolean endsWithAbbreviation(String text) {
        for (String abbreviation : abbreviations) {
            if (text.endsWith(abbreviation)) {
                int before = text.length() - abbreviation.length();
                if (before == 0 || !Character.isLetterOrDigit(text.codePointBefore(before))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * CLDR's sentence-break exceptions for the language as ICU ships them: the data behind
     * {@code @ss=standard}. ICU has no public accessor for the list itself, so it is read from the
     * break-iterator resource bundle ICU uses for it. A language without a list of its own
     * (Arabic, Chinese) gets none, rather than the default locale's.
     */
    private static Set<String> abbreviations(ULocale locale) {
        try {
            UResourceBundle bundle = UResourceBundle.getBundleInstance(ICUData.ICU_BRKITR_BASE_NAME, locale);
            if (!bundle.getULocale().getLanguage().equals(locale.getLanguage())) {
                return Set.of();
            }
            return Set.copyOf(Arrays.asList(bundle.get("exceptions").get("SentenceBreak").getStringArray()));
        } catch (MissingResourceException noList) {
            return Set.of();
        }
    }
}
