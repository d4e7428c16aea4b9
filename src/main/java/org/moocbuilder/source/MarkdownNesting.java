package org.moocbuilder.source;

import org.moocbuilder.content.MarkdownSource;
import org.moocbuilder.diag.Diagnostics;
import org.moocbuilder.diag.SourcePosition;

/**
 * How deep a text nests quotes and lists, checked before any parser sees it: the Markdown
 * parser goes one level deeper in the stack per level, so thousands of nested {@code >} or list
 * markers would overflow it. No real lesson nests a hundred levels.
 */
public final class MarkdownNesting {

    /** The deepest nesting a text may have. */
    public static final int LIMIT = 100;

    private MarkdownNesting() {
    }

    /** Whether {@code body} nests within the limit; if not, {@code code} reports it at the first line too deep. */
    public static boolean withinLimit(MarkdownSource body, String code, Diagnostics diagnostics) {
        int line = firstLineTooDeep(body.markdown());
        if (line < 0) {
            return true;
        }
        diagnostics.error(code, SourcePosition.at(body.file(), body.firstLine() + line, 1),
                "quotes or lists are nested more than " + LIMIT + " levels deep here",
                "nest quotes (>) and lists at most a few levels; use headings to structure long text");
        return false;
    }

    /** The index (from 0) of the first line nested deeper than the limit, or -1. */
    public static int firstLineTooDeep(String markdown) {
        int line = 0;
        int depth = 0;
        boolean atStart = true;
        int spaces = 0;
        for (int i = 0; i < markdown.length(); i++) {
            char c = markdown.charAt(i);
            if (c == '\n') {
                line++;
                depth = 0;
                spaces = 0;
                atStart = true;
                continue;
            }
            if (!atStart) {
                continue;
            }
            if (c == ' ') {
                spaces++;
            } else if (c == '\t') {
                spaces += 4;
            } else if (c == '>' || (c == '-' || c == '*' || c == '+') && next(markdown, i) == ' ') {
                depth++;
            } else if (!Character.isDigit(c) && c != '.' && c != ')') {
                atStart = false;
            }
            // Indentation nests lists too: two spaces a level at the least.
            if (depth + spaces / 2 > LIMIT) {
                return line;
            }
        }
        return -1;
    }

    private static char next(String text, int i) {
        return i + 1 < text.length() ? text.charAt(i + 1) : ' ';
    }
}
