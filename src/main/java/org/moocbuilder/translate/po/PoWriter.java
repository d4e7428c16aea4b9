package org.moocbuilder.translate.po;

import java.util.List;

/**
 * Writes PO files the way GNU gettext does (one {@code msgid}/{@code msgstr} pair per entry,
 * multi-line strings split after each newline), without dates, so the same catalog always
 * gives the same bytes.
 */
public final class PoWriter {

    private PoWriter() {
    }

    public static String write(PoFile file) {
        StringBuilder out = new StringBuilder();
        if (file.header() != null) {
            entry(out, file.header());
        }
        for (PoEntry entry : file.entries()) {
            out.append('\n');
            entry(out, entry);
        }
        return out.toString();
    }

    private static void entry(StringBuilder out, PoEntry entry) {
        for (String comment : entry.translatorComments()) {
            out.append(comment.isEmpty() ? "#" : "# " + comment).append('\n');
        }
        for (String comment : entry.extractedComments()) {
            out.append("#. ").append(comment).append('\n');
        }
        references(out, entry.references());
        if (!entry.flags().isEmpty()) {
            out.append("#, ").append(String.join(", ", entry.flags())).append('\n');
        }
        String prefix = entry.obsolete() ? "#~ " : "";
        if (entry.previousContext() != null) {
            keyword(out, "#| msgctxt", entry.previousContext(), prefix);
        }
        if (entry.previousId() != null) {
            keyword(out, "#| msgid", entry.previousId(), prefix);
        }
        if (entry.context() != null) {
            keyword(out, "msgctxt", entry.context(), prefix);
        }
        keyword(out, "msgid", entry.id(), prefix);
        if (entry.idPlural() != null) {
            keyword(out, "msgid_plural", entry.idPlural(), prefix);
            List<String> strings = entry.strings();
            for (int i = 0; i < strings.size(); i++) {
                keyword(out, "msgstr[" + i + "]", strings.get(i), prefix);
            }
        } else if (entry.isHeader()) {
            keyword(out, "msgstr", entry.translation(), prefix, true);
        } else {
            keyword(out, "msgstr", entry.translation(), prefix);
        }
    }

    /** References share lines up to 79 columns, as gettext writes them. */
    private static void references(StringBuilder out, List<String> references) {
        StringBuilder line = new StringBuilder();
        for (String reference : references) {
            if (line.length() > 0 && line.length() + 1 + reference.length() > 79) {
                out.append(line).append('\n');
                line.setLength(0);
            }
            line.append(line.length() == 0 ? "#: " : " ").append(reference);
        }
        if (line.length() > 0) {
            out.append(line).append('\n');
        }
    }

    private static void keyword(StringBuilder out, String keyword, String value, String obsoletePrefix) {
        keyword(out, keyword, value, obsoletePrefix, false);
    }

    /** {@code splitAlways}: the header is written one field a line even when it has a single field. */
    private static void keyword(StringBuilder out, String keyword, String value, String obsoletePrefix, boolean splitAlways) {
        // "#| msgid" inside an obsolete entry is written "#~| msgid", as msgmerge does.
        String lead = keyword.startsWith("#|") && !obsoletePrefix.isEmpty() ? "#~| " + keyword.substring(3)
                : obsoletePrefix + keyword;
        String continuation = keyword.startsWith("#|") ? (obsoletePrefix.isEmpty() ? "#| " : "#~| ") : obsoletePrefix;
        int newline = value.indexOf('\n');
        if (newline < 0 || newline == value.length() - 1 && !splitAlways) {
            out.append(lead).append(" \"").append(escape(value)).append("\"\n");
            return;
        }
        out.append(lead).append(" \"\"\n");
        int start = 0;
        while (start < value.length()) {
            int end = value.indexOf('\n', start);
            end = end < 0 ? value.length() : end + 1;
            out.append(continuation).append('"').append(escape(value.substring(start, end))).append("\"\n");
            start = end;
        }
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '"' -> out.append("\\\"");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                case '\r' -> out.append("\\r");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
