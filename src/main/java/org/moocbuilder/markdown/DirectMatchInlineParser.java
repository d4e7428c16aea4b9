package org.moocbuilder.markdown;

import com.vladsch.flexmark.parser.InlineParserExtensionFactory;
import com.vladsch.flexmark.parser.delimiter.DelimiterProcessor;
import com.vladsch.flexmark.parser.internal.CommonmarkInlineParser;
import com.vladsch.flexmark.parser.internal.LinkRefProcessorData;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
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
 * build's profile. The matches, and so the parsed document, are the same.
 */
final class DirectMatchInlineParser extends CommonmarkInlineParser {

    private BasedSequence copiedInput;
    private String inputText;

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

    /** The input as a string, copied once per paragraph (the parser moves on by replacing {@code input}). */
    private String inputText() {
        if (input != copiedInput) {
            inputText = Chars.of(input);
            copiedInput = input;
        }
        return inputText;
    }
}
