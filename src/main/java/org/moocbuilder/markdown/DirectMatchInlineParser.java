package org.moocbuilder.markdown;

import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.parser.InlineParserExtensionFactory;
import com.vladsch.flexmark.parser.core.delimiter.Delimiter;
import com.vladsch.flexmark.parser.delimiter.DelimiterProcessor;
import com.vladsch.flexmark.parser.internal.CommonmarkInlineParser;
import com.vladsch.flexmark.parser.internal.LinkRefProcessorData;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.SequenceUtils;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * flexmark's CommonMark inline parser, matching its regular expressions on a plain string copy of
 * the paragraph. The stock parser matches through flexmark's sequence interfaces and then calls
 * {@code Matcher.toMatchResult()}, which on Java 17 copies the whole rest of the paragraph for
 * every match: each code span and link cost a copy of its paragraph, the largest single item in a
 * build's profile. Runs of emphasis marks are classed by the characters beside them as
 * flexmark classes them, with each character's class remembered ({@link CharClasses}) instead of
 * four new matchers for every run. The matches, and so the parsed document, are the same.
 */
final class DirectMatchInlineParser extends CommonmarkInlineParser {

    private BasedSequence copiedInput;
    private String inputText;
    private final CharClasses whitespace = new CharClasses(myParsing.UNICODE_WHITESPACE_CHAR);
    private final CharClasses punctuation = new CharClasses(myParsing.PUNCTUATION);

    DirectMatchInlineParser(DataHolder options, BitSet specialCharacters, BitSet delimiterCharacters,
                            Map<Character, DelimiterProcessor> delimiterProcessors, LinkRefProcessorData linkRefProcessors,
                            List<InlineParserExtensionFactory> inlineParserExtensions) {
        super(options, specialCharacters, delimiterCharacters, delimiterProcessors, linkRefProcessors, inlineParserExtensions);
    }

    @Override
    public BasedSequence match(Pattern re) {
        Matcher matcher = matcher(re);
        return matcher == null ? null : input.subSequence(matcher.start(), matcher.end());
    }

    @Override
    public BasedSequence[] matchWithGroups(Pattern re) {
        Matcher matcher = matcher(re);
        if (matcher == null) {
            return null;
        }
        BasedSequence[] groups = new BasedSequence[matcher.groupCount() + 1];
        for (int i = 0; i < groups.length; i++) {
            groups[i] = matcher.start(i) < 0 ? null : input.subSequence(matcher.start(i), matcher.end(i));
        }
        return groups;
    }

    @Override
    public Matcher matcher(Pattern re) {
        if (index >= input.length()) {
            return null;
        }
        Matcher matcher = re.matcher(inputText());
        matcher.region(index, input.length());
        if (!matcher.find()) {
            return null;
        }
        index = matcher.end();
        return matcher;
    }

    /**
     * A run of one delimiter character ({@code *}, {@code _}, {@code ~}...) as flexmark's own
     * parser takes it: whether it can open or close emphasis follows from the characters before
     * and after it (a line end at either edge of the paragraph), and the run becomes a text node
     * with an entry on the delimiter stack.
     */
    @Override
    protected boolean parseDelimiters(DelimiterProcessor processor, char delimiterChar) {
        if (options.inlineDelimiterDirectionalPunctuations) {
            // Not an option the site's renderer sets: flexmark's own way, untouched.
            return super.parseDelimiters(processor, delimiterChar);
        }
        int start = index;
        int count = 0;
        while (peek() == delimiterChar) {
            count++;
            index++;
        }
        if (count < processor.getMinLength()) {
            index = start;
            return false;
        }
        char before = start == 0 ? '\n' : input.charAt(start - 1);
        char after = peek() == SequenceUtils.NUL ? '\n' : peek();
        boolean beforeIsWhitespace = whitespace.matches(before);
        boolean afterIsWhitespace = whitespace.matches(after);
        boolean beforeIsPunctuation = punctuation.matches(before);
        boolean afterIsPunctuation = punctuation.matches(after);
        boolean leftFlanking = !afterIsWhitespace && !(afterIsPunctuation && !beforeIsWhitespace && !beforeIsPunctuation);
        boolean rightFlanking = !beforeIsWhitespace && !(beforeIsPunctuation && !afterIsWhitespace && !afterIsPunctuation);
        String beforeText = String.valueOf(before);
        String afterText = String.valueOf(after);
        boolean canOpen = delimiterChar == processor.getOpeningCharacter() && processor.canBeOpener(beforeText, afterText,
                leftFlanking, rightFlanking, beforeIsPunctuation, afterIsPunctuation, beforeIsWhitespace, afterIsWhitespace);
        boolean canClose = delimiterChar == processor.getClosingCharacter() && processor.canBeCloser(beforeText, afterText,
                leftFlanking, rightFlanking, beforeIsPunctuation, afterIsPunctuation, beforeIsWhitespace, afterIsWhitespace);
        if (!canOpen && !canClose && processor.skipNonOpenerCloser()) {
            index = start;
            return false;
        }
        Text node = appendSeparateText(input.subSequence(start, index));
        lastDelimiter = new Delimiter(input, node, delimiterChar, canOpen, canClose, lastDelimiter, start);
        lastDelimiter.setNumDelims(count);
        if (lastDelimiter.getPrevious() != null) {
            lastDelimiter.getPrevious().setNext(lastDelimiter);
        }
        return true;
    }

    /** The input as a string, copied once per paragraph (the parser moves on by replacing {@code input}). */
    private String inputText() {
        if (input != copiedInput) {
            inputText = Chars.of(input);
            copiedInput = input;
        }
        return inputText;
    }
}
