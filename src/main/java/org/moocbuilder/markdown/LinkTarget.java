package org.moocbuilder.markdown;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.moocbuilder.content.SitePath;

/**
 * Where a link written in a source file leads: another page or file of the site (with the
 * fragment it names), a fragment of the same page, an address on the web, or nowhere.
 *
 * @param target the linked file's path in a language's output folder, for internal links
 * @param sitePath the linked file's path under {@code content/}, for internal and missing links
 */
public record LinkTarget(Kind kind, String url, String target, String sitePath, String fragment) {

    /** What kind of link it is. */
    public enum Kind { INTERNAL, SAME_PAGE, WEB, OTHER_SCHEME, MISSING, OUTSIDE, EMPTY }

    private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:");

    /** Resolves {@code url}, written in the source file at {@code fromSitePath}. */
    public static LinkTarget of(String fromSitePath, String url, LinkIndex index) {
        if (isPlaceholder(url)) {
            return new LinkTarget(Kind.EMPTY, url, null, null, "");
        }
        String fragment = url.contains("#") ? decode(url.substring(url.indexOf('#') + 1)) : "";
        if (url.startsWith("#")) {
            return new LinkTarget(Kind.SAME_PAGE, url, null, fromSitePath, fragment);
        }
        if (url.startsWith("//") || url.startsWith("http://") || url.startsWith("https://")) {
            return new LinkTarget(Kind.WEB, url, null, null, fragment);
        }
        if (SCHEME.matcher(url).find()) {
            return new LinkTarget(Kind.OTHER_SCHEME, url, null, null, fragment);
        }
        int cut = indexOfAny(url, '?', '#');
        String path = cut < 0 ? url : url.substring(0, cut);
        String resolved = SitePath.resolve(fromSitePath, decode(path.replace("+", "%2B")));
        if (resolved == null) {
            return new LinkTarget(Kind.OUTSIDE, url, null, null, fragment);
        }
        return index.outputOf(resolved)
                .map(output -> new LinkTarget(Kind.INTERNAL, url, output, resolved, fragment))
                .orElseGet(() -> new LinkTarget(Kind.MISSING, url, null, resolved, fragment));
    }

    /**
     * Whether {@code url} leads nowhere: empty, a lone {@code #}, or either of those in quotes or
     * angle brackets ({@code '#'}, {@code <>}): a placeholder left in, not a target.
     */
    public static boolean isPlaceholder(String url) {
        String bare = url.strip();
        while (bare.length() >= 2 && (bare.startsWith("'") && bare.endsWith("'") || bare.startsWith("\"") && bare.endsWith("\"")
                || bare.startsWith("<") && bare.endsWith(">"))) {
            bare = bare.substring(1, bare.length() - 1).strip();
        }
        return bare.isEmpty() || bare.equals("#");
    }

    /** The URL to write in the page at {@code pageOutputPath} for an internal link (query and fragment kept). */
    public String rewrittenFrom(String pageOutputPath) {
        int cut = indexOfAny(url, '?', '#');
        return SitePath.relative(pageOutputPath, target) + (cut < 0 ? "" : url.substring(cut));
    }

    private static String decode(String text) {
        return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    private static int indexOfAny(String text, char a, char b) {
        int i = text.indexOf(a);
        int j = text.indexOf(b);
        return i < 0 ? j : j < 0 ? i : Math.min(i, j);
    }
}
