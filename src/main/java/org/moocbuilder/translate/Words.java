package org.moocbuilder.translate;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.util.regex.Pattern;

/**
 * Counts the words of a segment as a reader sees them: link targets and Markdown markers
 * removed, words found by ICU's word break rules (dictionary based for Chinese and Japanese).
 */
public final class Words {

    private static final Pattern LINK_TARGET = Pattern.compile("\\]\\([^)]*\\)");
    private static final Pattern FOOTNOTE_REFERENCE = Pattern.compile("\\[\\^[^\\]]*\\]");

    private Words() {
    }

    public static int count(String markdown, ULocale locale) {
        String text = FOOTNOTE_REFERENCE.matcher(LINK_TARGET.matcher(markdown).replaceAll("]")).replaceAll("");
        BreakIterator words = BreakIterator.getWordInstance(locale);
        words.setText(text);
        int count = 0;
        for (int end = words.next(); end != BreakIterator.DONE; end = words.next()) {
            if (words.getRuleStatus() != BreakIterator.WORD_NONE) {
                count++;
            }
        }
        return count;
    }
}
