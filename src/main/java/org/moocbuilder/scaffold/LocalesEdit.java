package org.moocbuilder.scaffold;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.moocbuilder.diag.Diagnostics;
import org.moocbuilder.diag.SourcePosition;
import org.moocbuilder.source.YamlDocument;

/**
 * Adds one language to the {@code locales:} of site.yml's text, changing nothing else: the
 * comments, the layout, the line endings and every other key stay as written. The forms it edits
 * are a list in brackets on the key's line, a block list of {@code - tag} lines (comments between
 * them are fine), a single tag, an empty value, and no key at all. Any other form is refused, and so
 * is any result that does not read back as the same settings with exactly one more language.
 */
final class LocalesEdit {

    private static final String KEY = "locales:";
    /** The value on the key's line, then an optional comment (a {@code #} after a space). */
    private static final Pattern VALUE_AND_COMMENT = Pattern.compile("^(?<value>.*?)(?<comment>\\s+#.*)?$");
    private static final Pattern SINGLE_TAG = Pattern.compile("[A-Za-z0-9_-]+|'[A-Za-z0-9_-]+'|\"[A-Za-z0-9_-]+\"");
    /** Words YAML reads as a yes/no value or nothing: a language code spelt so (Norwegian `no`) is quoted. */
    private static final Set<String> NOT_TEXT = Set.of("y", "n", "yes", "no", "true", "false", "on", "off", "null");

    private LocalesEdit() {
    }

    /** The edited text, or empty when site.yml's `locales:` has a form this edit does not handle safely. */
    static Optional<String> addLocale(String text, YamlDocument parsed, String tag) {
        String bom = text.startsWith("\uFEFF") ? "\uFEFF" : "";
        List<String> lines = lines(text.substring(bom.length()));
        String eol = lines.stream().map(LocalesEdit::terminator).filter(t -> !t.isEmpty()).findFirst().orElse("\n");
        String item = item(tag);
        if (!parsed.keys().contains("locales")) {
            if (!lines.isEmpty() && terminator(lines.get(lines.size() - 1)).isEmpty()) {
                lines.set(lines.size() - 1, lines.get(lines.size() - 1) + eol);
            }
            lines.add("locales: [" + item + "]" + eol);
            return Optional.of(bom + String.join("", lines));
        }
        SourcePosition at = parsed.positionOf("locales");
        int index = at.line() - 1;
        int keyColumn = at.column() - 1;
        if (index < 0 || index >= lines.size()) {
            return Optional.empty();
        }
        String line = content(lines.get(index));
        if (keyColumn < 0 || keyColumn > line.length() || !line.substring(0, keyColumn).isBlank()
                || !line.startsWith(KEY, keyColumn)) {
            return Optional.empty();
        }
        int afterKey = keyColumn + KEY.length();
        Matcher split = VALUE_AND_COMMENT.matcher(line.substring(afterKey));
        if (!split.matches()) {
            return Optional.empty();
        }
        String rawValue = split.group("value");
        String value = rawValue.strip();
        int valueStart = afterKey + (rawValue.length() - rawValue.stripLeading().length());
        int valueEnd = valueStart + value.length();
        String edited;
        if (value.startsWith("[")) {
            if (value.length() < 2 || !value.endsWith("]")) {
                return Optional.empty();
            }
            String inner = value.substring(1, value.length() - 1);
            if (inner.matches(".*[\\[\\]{}].*")) {
                return Optional.empty();
            }
            int innerStart = valueStart + 1;
            String kept = inner.stripTrailing();
            edited = kept.isBlank()
                    ? line.substring(0, innerStart) + item + line.substring(valueEnd - 1)
                    : line.substring(0, innerStart + kept.length()) + (kept.endsWith(",") ? " " : ", ") + item
                            + line.substring(innerStart + kept.length());
        } else if (SINGLE_TAG.matcher(value).matches()) {
            edited = line.substring(0, valueStart) + "[" + value + ", " + item + "]" + line.substring(valueEnd);
        } else if (!value.isEmpty()) {
            return Optional.empty();
        } else {
            return blockList(lines, index, keyColumn, item, eol).map(block -> bom + block);
        }
        lines.set(index, edited + terminator(lines.get(index)));
        return Optional.of(bom + String.join("", lines));
    }

    /**
     * `locales:` with nothing after it on its line: the `- tag` lines under it (or at its own
     * indentation, which YAML allows), with blank and comment lines among them; the new item goes
     * after the last one. With no item at all the value is empty, and becomes `[tag]`.
     */
    private static Optional<String> blockList(List<String> lines, int keyIndex, int keyColumn, String item, String eol) {
        int itemIndent = -1;
        int lastItem = -1;
        String dash = "- ";
        for (int j = keyIndex + 1; j < lines.size(); j++) {
            String line = content(lines.get(j));
            String stripped = line.strip();
            if (stripped.isEmpty() || stripped.startsWith("#")) {
                continue;
            }
            int indent = line.length() - line.stripLeading().length();
            if (line.substring(0, indent).indexOf('\t') >= 0) {
                return Optional.empty();
            }
            boolean isItem = stripped.equals("-") || stripped.startsWith("- ");
            if (itemIndent < 0) {
                if (!isItem || indent < keyColumn) {
                    break;
                }
                itemIndent = indent;
                lastItem = j;
                Matcher spaced = Pattern.compile("^-[ ]+").matcher(stripped);
                dash = spaced.find() && !stripped.equals("-") ? spaced.group() : "- ";
            } else if ((isItem && indent == itemIndent) || indent > itemIndent) {
                lastItem = j;
            } else {
                break;
            }
        }
        if (lastItem < 0) {
            String line = content(lines.get(keyIndex));
            lines.set(keyIndex, line.substring(0, keyColumn + KEY.length()) + " [" + item + "]"
                    + line.substring(keyColumn + KEY.length()) + terminator(lines.get(keyIndex)));
            return Optional.of(String.join("", lines));
        }
        String last = lines.get(lastItem);
        String ending = terminator(last);
        if (ending.isEmpty()) {
            lines.set(lastItem, last + eol);
        }
        lines.add(lastItem + 1, " ".repeat(itemIndent) + dash + item + ending);
        return Optional.of(String.join("", lines));
    }

    /**
     * Whether {@code after} reads as {@code before} with exactly {@code tag} added at the end of
     * `locales:`, every other key unchanged, and no problem at all.
     */
    static boolean onlyAdds(YamlDocument before, String after, String tag) {
        Diagnostics problems = new Diagnostics();
        String normalized = after.replace("\uFEFF", "").replace("\r\n", "\n").replace('\r', '\n');
        Optional<YamlDocument> read = YamlDocument.parse(normalized, "site.yml", 1, problems);
        if (read.isEmpty() || problems.hasErrors()) {
            return false;
        }
        YamlDocument edited = read.get();
        List<String> wanted = new ArrayList<>(before.textList("locales", new Diagnostics()));
        wanted.add(tag);
        if (!edited.textList("locales", problems).equals(wanted) || problems.hasErrors()) {
            return false;
        }
        List<String> keys = new ArrayList<>(before.keys());
        if (!keys.contains("locales")) {
            keys.add("locales");
        }
        if (!List.copyOf(edited.keys()).equals(keys)) {
            return false;
        }
        return keys.stream().filter(key -> !key.equals("locales")).allMatch(key -> edited.raw(key).equals(before.raw(key)));
    }

    /** A language code as a YAML list item: quoted when YAML would read it as yes, no or nothing. */
    static String item(String tag) {
        return NOT_TEXT.contains(tag.toLowerCase(Locale.ROOT)) ? "\"" + tag + "\"" : tag;
    }

    /** The lines of a text, each with its own line ending (\n, \r\n or \r), the last one perhaps without. */
    private static List<String> lines(String text) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                int end = c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n' ? i + 2 : i + 1;
                lines.add(text.substring(start, end));
                start = end;
                i = end - 1;
            }
        }
        if (start < text.length()) {
            lines.add(text.substring(start));
        }
        return lines;
    }

    private static String content(String line) {
        return line.substring(0, line.length() - terminator(line).length());
    }

    private static String terminator(String line) {
        if (line.endsWith("\r\n")) {
            return "\r\n";
        }
        return line.endsWith("\n") || line.endsWith("\r") ? line.substring(line.length() - 1) : "";
    }
}
