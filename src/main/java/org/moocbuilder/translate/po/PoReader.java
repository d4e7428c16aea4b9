package org.moocbuilder.translate.po;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.moocbuilder.diag.Diagnostics;
import org.moocbuilder.diag.SourcePosition;

/**
 * Reads PO files strictly: any line it does not understand is an error at that line, and a
 * file with an error gives no catalog at all, so a broken file is never half applied.
 */
public final class PoReader {

    private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");

    private final String file;
    private final Diagnostics diagnostics;
    private final List<PoEntry> entries = new ArrayList<>();
    private final Set<String> keys = new HashSet<>();
    private Builder current = new Builder();
    private boolean failed;

    private PoReader(String file, Diagnostics diagnostics) {
        this.file = file;
        this.diagnostics = diagnostics;
    }

    /** Parses {@code text}; reports the first syntax error at its line and returns empty. */
    public static Optional<PoFile> read(String text, String file, Diagnostics diagnostics) {
        PoReader reader = new PoReader(file, diagnostics);
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length && !reader.failed; i++) {
            reader.line(lines[i].stripTrailing(), i + 1);
            if (reader.current.firstLine == 0 && !reader.current.isEmpty()) {
                reader.current.firstLine = i + 1;
            }
        }
        if (!reader.failed) {
            reader.finish(lines.length);
        }
        if (reader.failed) {
            return Optional.empty();
        }
        PoEntry header = null;
        List<PoEntry> rest = new ArrayList<>();
        for (PoEntry entry : reader.entries) {
            if (entry.isHeader() && !entry.obsolete() && header == null) {
                header = entry;
            } else {
                rest.add(entry);
            }
        }
        return Optional.of(new PoFile(header, rest));
    }

    private void line(String line, int number) {
        if (line.isBlank()) {
            if (current.hasStrings()) {
                finish(number);
            }
            return;
        }
        boolean obsolete = line.startsWith("#~");
        String rest = obsolete ? line.substring(2).stripLeading() : line;
        if (obsolete && !rest.startsWith("|")) {
            // msgctxt and msgid close the previous entry themselves; a quoted line continues this one.
            current.obsolete = true;
            if (!rest.isEmpty()) {
                keywordOrString(rest, number, false);
            }
            return;
        }
        if (obsolete) {
            rest = "#" + rest;
            current.obsolete = true;
        }
        if (rest.startsWith("#|")) {
            startIfComplete(number);
            keywordOrString(rest.substring(2).strip(), number, true);
        } else if (rest.startsWith("#.")) {
            startIfComplete(number);
            current.extracted.add(rest.substring(2).strip());
        } else if (rest.startsWith("#:")) {
            startIfComplete(number);
            for (String reference : WHITE_SPACE.split(rest.substring(2).strip())) {
                if (!reference.isEmpty()) {
                    current.references.add(reference);
                }
            }
        } else if (rest.startsWith("#,")) {
            startIfComplete(number);
            for (String flag : rest.substring(2).split(",")) {
                if (!flag.isBlank()) {
                    current.flags.add(flag.strip());
                }
            }
        } else if (rest.equals("#") || rest.startsWith("# ")) {
            startIfComplete(number);
            current.translator.add(rest.length() > 2 ? rest.substring(2) : "");
        } else if (rest.startsWith("#")) {
            error(number, 1, "unknown comment `" + rest.substring(0, Math.min(3, rest.length())) + "`",
                    "comments start with `# `, `#. `, `#: `, `#, ` or `#| `");
        } else {
            keywordOrString(rest, number, false);
        }
    }

    private void keywordOrString(String text, int number, boolean previous) {
        if (text.startsWith("\"")) {
            String value = unquote(text, number);
            if (value == null) {
                return;
            }
            if (!current.append(value, previous)) {
                error(number, 1, "a string that continues nothing", "put it under a msgid, msgstr or msgctxt line");
            }
            return;
        }
        int space = text.indexOf(' ');
        if (space < 0) {
            error(number, 1, "expected a keyword followed by a quoted string", "write for example `msgstr \"...\"`");
            return;
        }
        String keyword = text.substring(0, space);
        String value = unquote(text.substring(space + 1).strip(), number);
        if (value == null) {
            return;
        }
        if (!previous && (keyword.equals("msgctxt") || keyword.equals("msgid")) && current.hasStrings()) {
            finish(number);
        }
        if (!current.start(keyword, value, previous)) {
            error(number, 1, "unexpected `" + keyword + "`", previous ? "after `#|` only msgctxt and msgid may follow"
                    : "an entry is msgctxt (optional), msgid, then msgstr");
        }
    }

    private void startIfComplete(int number) {
        if (current.hasStrings()) {
            finish(number);
        }
    }

    private void finish(int number) {
        if (current.isEmpty()) {
            current = new Builder();
            return;
        }
        if (current.id == null || current.strings.isEmpty()) {
            error(current.firstLine > 0 ? current.firstLine : number, 1, "entry without "
                    + (current.id == null ? "msgid" : "msgstr"), "every entry needs a msgid and a msgstr line");
            return;
        }
        PoEntry entry = current.build();
        if (!entry.obsolete() && !keys.add(entry.key())) {
            error(entry.line(), 1, "duplicate entry for msgid \"" + shorten(entry.id()) + "\"",
                    "merge the two entries; a text may appear once per file");
            return;
        }
        entries.add(entry);
        current = new Builder();
    }

    private String unquote(String text, int number) {
        if (text.length() < 2 || !text.startsWith("\"") || !text.endsWith("\"")) {
            error(number, 1, "a string must be written in double quotes", "check for a missing `\"` at the end of the line");
            return null;
        }
        StringBuilder out = new StringBuilder();
        for (int i = 1; i < text.length() - 1; i++) {
            char c = text.charAt(i);
            if (c == '"') {
                error(number, i + 1, "unescaped `\"` inside a string", "write it as `\\\"`");
                return null;
            }
            if (c != '\\') {
                out.append(c);
                continue;
            }
            if (i + 1 >= text.length() - 1) {
                error(number, i + 1, "a string ends with a lone backslash", "write a backslash as `\\\\`");
                return null;
            }
            char escaped = text.charAt(++i);
            switch (escaped) {
                case 'n' -> out.append('\n');
                case 't' -> out.append('\t');
                case 'r' -> out.append('\r');
                case '"' -> out.append('"');
                case '\\' -> out.append('\\');
                case 'a' -> out.append('\u0007');
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'v' -> out.append('\u000b');
                default -> {
                    error(number, i, "unknown escape `\\" + escaped + "`", "write a backslash as `\\\\`");
                    return null;
                }
            }
        }
        return out.toString();
    }

    private void error(int line, int column, String message, String hint) {
        diagnostics.error("PO001", SourcePosition.at(file, line, column), message + "; the file is not used", hint);
        failed = true;
    }

    private static String shorten(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "..." : text;
    }

    /** The parts of the entry being read. */
    private final class Builder {
        final List<String> translator = new ArrayList<>();
        final List<String> extracted = new ArrayList<>();
        final List<String> references = new ArrayList<>();
        final List<String> flags = new ArrayList<>();
        String previousContext;
        String previousId;
        String context;
        String id;
        String idPlural;
        final List<String> strings = new ArrayList<>();
        boolean obsolete;
        int firstLine;
        private String last;

        boolean isEmpty() {
            return translator.isEmpty() && extracted.isEmpty() && references.isEmpty() && flags.isEmpty()
                    && previousId == null && previousContext == null && context == null && id == null;
        }

        boolean hasStrings() {
            return !strings.isEmpty();
        }

        boolean start(String keyword, String value, boolean previous) {
            if (previous) {
                if (keyword.equals("msgctxt") && previousId == null) {
                    previousContext = value;
                } else if (keyword.equals("msgid")) {
                    previousId = value;
                } else {
                    return false;
                }
                last = "#|" + keyword;
                return true;
            }
            if (keyword.equals("msgctxt") && id == null && context == null) {
                context = value;
            } else if (keyword.equals("msgid") && id == null) {
                id = value;
            } else if (keyword.equals("msgid_plural") && id != null && idPlural == null && strings.isEmpty()) {
                idPlural = value;
            } else if (keyword.equals("msgstr") && id != null && idPlural == null && strings.isEmpty()) {
                strings.add(value);
            } else if (keyword.equals("msgstr[" + strings.size() + "]") && idPlural != null) {
                strings.add(value);
            } else {
                return false;
            }
            last = keyword;
            return true;
        }

        boolean append(String value, boolean previous) {
            if (last == null || previous != last.startsWith("#|")) {
                return false;
            }
            switch (last) {
                case "#|msgctxt" -> previousContext += value;
                case "#|msgid" -> previousId += value;
                case "msgctxt" -> context += value;
                case "msgid" -> id += value;
                case "msgid_plural" -> idPlural += value;
                default -> strings.set(strings.size() - 1, strings.get(strings.size() - 1) + value);
            }
            return true;
        }

        PoEntry build() {
            return new PoEntry(translator, extracted, references, flags, previousContext, previousId, context, id,
                    idPlural, strings, obsolete, firstLine);
        }
    }
}
