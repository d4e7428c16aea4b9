package org.moocbuilder.markdown;

import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import java.util.ArrayList;
import java.util.List;

/**
 * Code spans in a one-line text such as a title ("Running `mooc build`"): the text cut into
 * literal and code parts, so a template can draw the code as code and everything else exactly as
 * written (a title is not Markdown otherwise), and a plain form for {@code <title>}. Spans are
 * found by flexmark's parser, so the backtick rules are CommonMark's.
 */
public final class InlineCode {

    /** The core parser alone: immutable, so one serves every thread. */
    private static final Parser PARSER = Parser.builder().build();

    /** A stretch of a text, and whether it is code. */
    public record Part(String text, boolean code) {
    }

    private InlineCode() {
    }

    public static List<Part> parts(String text) {
        if (text == null || text.indexOf('`') < 0) {
            return List.of(new Part(text == null ? "" : text, false));
        }
        List<Part> parts = new ArrayList<>();
        int copied = 0;
        for (Node node : PARSER.parse(text).getDescendants()) {
            if (node instanceof Code code) {
                if (code.getStartOffset() > copied) {
                    parts.add(new Part(text.substring(copied, code.getStartOffset()), false));
                }
                parts.add(new Part(content(code.getText().toString()), true));
                copied = code.getEndOffset();
            }
        }
        if (copied < text.length()) {
            parts.add(new Part(text.substring(copied), false));
        }
        return List.copyOf(parts);
    }

    /** The text without its code spans' backticks: what a browser tab or a search result shows. */
    public static String plain(String text) {
        return parts(text).stream().map(Part::text).reduce("", String::concat);
    }

    /** CommonMark: one space is stripped from each side of a span's content when both sides have one. */
    private static String content(String inner) {
        return inner.length() > 2 && inner.startsWith(" ") && inner.endsWith(" ") && !inner.isBlank()
                ? inner.substring(1, inner.length() - 1) : inner;
    }
}
