package org.moocbuilder.content;

import java.util.Locale;
import java.util.Set;
import org.jsoup.parser.Parser;

/**
 * Which addresses a link or an image may have on a learner's page: relative paths, {@code #}
 * fragments, {@code http}, {@code https}, {@code mailto} and {@code tel}. The scheme is read as a browser
 * reads it, after decoding character references ({@code &#106;avascript:}), dropping control
 * characters and white space ({@code java&#x09;script:}) and folding case ({@code JaVaScRiPt:}),
 * so {@code javascript:}, {@code vbscript:} and {@code data:} cannot pass in any spelling.
 */
public final class SafeUrls {

    private static final Set<String> SCHEMES = Set.of("http", "https", "mailto", "tel");

    private SafeUrls() {
    }

    public static boolean allowed(String url) {
        String seen = scheme(url);
        return seen == null || SCHEMES.contains(seen);
    }

    /** The scheme a browser would read in {@code url}, lower case; null for a relative address. */
    public static String scheme(String url) {
        String decoded = Parser.unescapeEntities(url, true);
        StringBuilder read = new StringBuilder();
        for (int i = 0; i < decoded.length(); i++) {
            char c = decoded.charAt(i);
            if (c <= ' ' || (c >= 0x7f && c <= 0x9f)) {
                continue;
            }
            if (c == ':') {
                return read.isEmpty() ? null : read.toString().toLowerCase(Locale.ROOT);
            }
            // A scheme is a letter, then letters, digits, + - or . (RFC 3986); anything else makes
            // the address relative for a browser (a file named "10:30.html", "%6Aavascript:x").
            boolean schemeChar = c < 0x80 && (Character.isLetter(c) || !read.isEmpty() && (Character.isDigit(c)
                    || c == '+' || c == '-' || c == '.'));
            if (!schemeChar) {
                return null;
            }
            read.append(c);
        }
        return null;
    }
}
