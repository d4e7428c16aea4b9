package org.moocbuilder.translate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.ibm.icu.util.ULocale;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A segment's text and word count skip their regular expressions when the text has nothing for
 * them; random texts made of the characters that matter give what the expressions alone give.
 */
class SegmentTextTest {

    private static final String PIECES = "ab ,.\t\n\r\f\u000B>]([)^中文";

    @Test
    void normalizedTextIsTheSameAsCollapsingEveryRunOfWhiteSpaceInTheJoinedLines() {
        Pattern whiteSpace = Pattern.compile("\\s+");
        Random random = new Random(7);
        for (int i = 0; i < 20_000; i++) {
            String text = randomText(random);
            String joined = SegmentFinder.joinLines(text);
            assertEquals(whiteSpace.matcher(joined).replaceAll(" ").strip(), SegmentFinder.normalize(text), "text " + i);
        }
    }

    @Test
    void wordCountsAreTheSameAsWithTheExpressionsAlwaysRun() {
        Pattern linkTarget = Pattern.compile("\\]\\([^)]*\\)");
        Pattern footnote = Pattern.compile("\\[\\^[^\\]]*\\]");
        Words words = new Words(ULocale.ENGLISH);
        Words reference = new Words(ULocale.ENGLISH);
        Random random = new Random(11);
        for (int i = 0; i < 20_000; i++) {
            String text = randomText(random);
            String stripped = footnote.matcher(linkTarget.matcher(text).replaceAll("]")).replaceAll("");
            assertEquals(reference.count(stripped), words.count(text), "text " + i + ": " + text);
        }
        assertEquals(4, words.count("Read [the guide](guide.md)[^1] now"), "Read, the, guide, now");
    }

    private static String randomText(Random random) {
        StringBuilder text = new StringBuilder();
        int length = random.nextInt(24);
        for (int j = 0; j < length; j++) {
            text.append(PIECES.charAt(random.nextInt(PIECES.length())));
        }
        return text.toString();
    }
}
