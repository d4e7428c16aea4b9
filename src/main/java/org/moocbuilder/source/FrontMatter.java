package org.moocbuilder.source;

/**
 * A Markdown file split at its YAML front matter. Line numbers are 1-based lines of the whole
 * file, so positions inside either part can be reported against the file the author edits.
 */
public record FrontMatter(String yaml, int yamlFirstLine, String body, int bodyFirstLine) {

    public boolean isPresent() {
        return yamlFirstLine > 0;
    }

    /** Splits {@code ---} delimited front matter off the top of a file; no front matter gives an empty YAML part. */
    public static FrontMatter split(String text) {
        if (!text.startsWith("---\n") && !text.equals("---")) {
            return new FrontMatter("", 0, text, 1);
        }
        int searchFrom = 4;
        int line = 2;
        while (searchFrom <= text.length()) {
            int end = text.indexOf('\n', searchFrom);
            String current = end < 0 ? text.substring(searchFrom) : text.substring(searchFrom, end);
            if (current.stripTrailing().equals("---") || current.stripTrailing().equals("...")) {
                String yaml = text.substring(4, searchFrom);
                String body = end < 0 ? "" : text.substring(end + 1);
                return new FrontMatter(yaml, 2, body, line + 1);
            }
            if (end < 0) {
                break;
            }
            searchFrom = end + 1;
            line++;
        }
        return new FrontMatter(null, 1, text, 1);
    }

    /** True when the file opens front matter with {@code ---} but never closes it. */
    public boolean isUnterminated() {
        return yaml == null;
    }
}
