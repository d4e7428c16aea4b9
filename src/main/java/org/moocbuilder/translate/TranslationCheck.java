package org.moocbuilder.translate;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.moocbuilder.memo.Memo;
import org.moocbuilder.source.MarkdownNesting;

/**
 * Keeps a translation from changing what the source does: its link targets and inline code
 * must be the source's (translators translate words, not addresses or commands), its Markdown
 * must be balanced, and HTML the source does not have is shown as text, never run.
 */
public final class TranslationCheck {

    private static final Pattern LINK = Pattern.compile("\\]\\(\\s*<?([^)\\s>]*)>?(?:\\s+\"[^\"]*\")?\\s*\\)");
    private static final Pattern CODE = Pattern.compile("(`+)(.+?)\\1");
    private static final Pattern FOOTNOTE = Pattern.compile("\\[\\^[^\\]]+\\]");
    private static final Pattern HTML_TAG = Pattern.compile("<\\s*/?\\s*[a-zA-Z!][^>]*>");

    private final Set<String> localizedLinkHosts;
    /** A link to one of the hosts whose links a translation may change, each compiled once. */
    private final List<Pattern> localizedLinks;
    private final Memo memo;

    /** @param localizedLinkHosts hosts whose links a translation may point elsewhere (a local version of a page) */
    public TranslationCheck(Set<String> localizedLinkHosts) {
        this(localizedLinkHosts, Memo.none());
    }

    /** A check whose verdicts are kept in {@code memo}, for live rebuilds. */
    public TranslationCheck(Set<String> localizedLinkHosts, Memo memo) {
        this.localizedLinkHosts = Set.copyOf(localizedLinkHosts);
        this.localizedLinks = this.localizedLinkHosts.stream()
                .map(host -> Pattern.compile("(?i)https?://([^/]*\\.)?" + Pattern.quote(host) + "(/.*)?")).toList();
        this.memo = memo;
    }

    /** Why the translation may not be used, or empty when it may. */
    public Optional<String> problem(String source, String translation) {
        return memo.get("translation-check", List.of(localizedLinkHosts, source, translation), () -> check(source, translation));
    }

    private Optional<String> check(String source, String translation) {
        if (MarkdownNesting.firstLineTooDeep(translation) >= 0) {
            return Optional.of("it nests quotes or lists more than " + MarkdownNesting.LIMIT + " levels deep");
        }
        if (!sorted(targets(source)).equals(sorted(targets(translation)))) {
            return Optional.of("its link targets " + targets(translation) + " differ from the source's " + targets(source)
                    + "; translate the link text, keep the target");
        }
        List<String> footnotes = sorted(all(FOOTNOTE, source, 0));
        if (!footnotes.equals(sorted(all(FOOTNOTE, translation, 0)))) {
            return Optional.of("its footnote markers differ from the source's " + footnotes + "; keep each marker once");
        }
        List<String> sourceCode = sorted(all(CODE, source, 2));
        if (!sourceCode.equals(sorted(all(CODE, strip(LINK, translation), 2)))) {
            return Optional.of("its inline code differs from the source's " + sourceCode + "; keep code as it is");
        }
        for (char marker : new char[] {'*', '`'}) {
            if (runs(translation, marker) % 2 != runs(source, marker) % 2) {
                return Optional.of("its Markdown is unbalanced (an unclosed `" + marker + "`)");
            }
        }
        if (count(translation, '[') - count(translation, ']') != count(source, '[') - count(source, ']')) {
            return Optional.of("its Markdown is unbalanced (a `[` without its `]`)");
        }
        return Optional.empty();
    }

    /** The translation with HTML tags the source does not have turned into text. */
    public String defuseHtml(String source, String translation) {
        Set<String> allowed = Set.copyOf(all(HTML_TAG, source, 0));
        Matcher m = HTML_TAG.matcher(translation);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String tag = m.group();
            m.appendReplacement(out, Matcher.quoteReplacement(allowed.contains(tag) ? tag : "&lt;" + tag.substring(1)));
        }
        m.appendTail(out);
        return out.toString();
    }

    public boolean addsHtml(String source, String translation) {
        return !defuseHtml(source, translation).equals(translation);
    }

    private List<String> targets(String markdown) {
        List<String> targets = new ArrayList<>();
        for (String url : all(LINK, markdown, 1)) {
            if (localizedLinks.stream().noneMatch(link -> link.matcher(url).matches())) {
                targets.add(url);
            }
        }
        return targets;
    }

    private static List<String> all(Pattern pattern, String text, int group) {
        List<String> found = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            found.add(m.group(group));
        }
        return found;
    }

    private static String strip(Pattern pattern, String text) {
        return pattern.matcher(text).replaceAll("]");
    }

    private static List<String> sorted(List<String> items) {
        List<String> copy = new ArrayList<>(items);
        Collections.sort(copy);
        return copy;
    }

    /** Runs of a marker character ({@code **} is one run), skipping backslash escapes. */
    private static long runs(String text, char marker) {
        long n = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\\') {
                i++;
            } else if (text.charAt(i) == marker && (i == 0 || text.charAt(i - 1) != marker)) {
                n++;
            }
        }
        return n;
    }

    private static long count(String text, char marker) {
        long n = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\\') {
                i++;
            } else if (text.charAt(i) == marker) {
                n++;
            }
        }
        return n;
    }
}
