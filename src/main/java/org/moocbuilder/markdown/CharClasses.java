package org.moocbuilder.markdown;

import java.util.regex.Pattern;

/**
 * Whether a single character matches one of flexmark's character-class patterns (Unicode
 * whitespace, punctuation), remembered for ASCII characters. flexmark asks it four times for
 * every run of emphasis marks, each time through a new {@code Matcher} on a one-character
 * string; the answer depends on the character alone, so the pattern itself is asked once per
 * character and pattern, and for characters beyond ASCII every time, as flexmark does.
 * One per parsed document: not thread-safe.
 */
final class CharClasses {

    private static final byte UNKNOWN = 0;
    private static final byte YES = 1;
    private static final byte NO = 2;

    private final Pattern pattern;
    private final byte[] ascii = new byte[128];

    CharClasses(Pattern pattern) {
        this.pattern = pattern;
    }

    boolean matches(char c) {
        if (c >= ascii.length) {
            return pattern.matcher(String.valueOf(c)).matches();
        }
        if (ascii[c] == UNKNOWN) {
            ascii[c] = pattern.matcher(String.valueOf(c)).matches() ? YES : NO;
        }
        return ascii[c] == YES;
    }
}
