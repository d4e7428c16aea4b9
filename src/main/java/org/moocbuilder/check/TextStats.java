package org.moocbuilder.check;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;

/**
 * The counts readability formulas use, taken with ICU: sentences (cut by {@link SentenceSplitter}),
 * words (numbers left out, since syllable rules cannot count them), letters, long words (more
 * than 6 letters), syllables, and Han characters.
 */
record TextStats(int sentences, int words, int letters, int longWords, int syllables, int han) {

    static final TextStats ZERO = new TextStats(0, 0, 0, 0, 0, 0);

    TextStats plus(TextStats o) {
        return new TextStats(sentences + o.sentences, words + o.words, letters + o.letters, longWords + o.longWords,
                syllables + o.syllables, han + o.han);
    }

    double wordsPerSentence() {
        return sentences == 0 ? 0 : (double) words / sentences;
    }

    double syllablesPerWord() {
        return words == 0 ? 0 : (double) syllables / words;
    }

    /** The counts of one sentence. */
    static TextStats of(String sentence, ULocale locale) {
        BreakIterator words = BreakIterator.getWordInstance(locale);
        words.setText(sentence);
        int wordCount = 0;
        int letters = 0;
        int longWords = 0;
        int syllables = 0;
        int start = words.first();
        for (int end = words.next(); end != BreakIterator.DONE; start = end, end = words.next()) {
            int status = words.getRuleStatus();
            if (status < BreakIterator.WORD_LETTER || status >= BreakIterator.WORD_IDEO_LIMIT) {
                continue;
            }
            String word = sentence.substring(start, end);
            int wordLetters = (int) word.codePoints().filter(Character::isLetter).count();
            wordCount++;
            letters += wordLetters;
            if (wordLetters > 6) {
                longWords++;
            }
            syllables += Syllables.count(word, locale.getLanguage());
        }
        int han = (int) sentence.codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN).count();
        return new TextStats(wordCount == 0 && han == 0 ? 0 : 1, wordCount, letters, longWords, syllables, han);
    }
}
