package org.moocbuilder.translate.po;

import java.util.List;

/**
 * One entry of a PO file, every part kept so that reading and writing a file loses nothing.
 *
 * @param translatorComments lines of {@code # } comments, written by translators
 * @param extractedComments  lines of {@code #. } comments, written by the extractor (what the text is)
 * @param references         {@code #: } references, {@code file:line}
 * @param flags              {@code #, } flags such as {@code fuzzy}
 * @param previousContext    {@code #| msgctxt}, the context before the source changed, or null
 * @param previousId         {@code #| msgid}, the source text before it changed, or null
 * @param context            {@code msgctxt}, or null
 * @param id                 {@code msgid}, the source text
 * @param idPlural           {@code msgid_plural}, or null
 * @param strings            {@code msgstr}, or {@code msgstr[0..n]} for plural entries
 * @param obsolete           an entry kept with {@code #~} because its source text is gone
 * @param line               the line the entry starts on, for diagnostics (0 for new entries)
 */
public record PoEntry(List<String> translatorComments, List<String> extractedComments, List<String> references,
                      List<String> flags, String previousContext, String previousId, String context, String id,
                      String idPlural, List<String> strings, boolean obsolete, int line) {

    public PoEntry {
        translatorComments = List.copyOf(translatorComments);
        extractedComments = List.copyOf(extractedComments);
        references = List.copyOf(references);
        flags = List.copyOf(flags);
        strings = List.copyOf(strings);
    }

    /** A plain entry: a source text and its translation. */
    public static PoEntry of(String id, String translation) {
        return new PoEntry(List.of(), List.of(), List.of(), List.of(), null, null, null, id, null, List.of(translation),
                false, 0);
    }

    public String translation() {
        return strings.isEmpty() ? "" : strings.get(0);
    }

    public boolean isFuzzy() {
        return flags.contains("fuzzy");
    }

    public boolean isTranslated() {
        return !translation().isEmpty() && !isFuzzy();
    }

    public boolean isHeader() {
        return id.isEmpty() && context == null;
    }

    /** The key an entry is found by: its context and source text. */
    public String key() {
        return context == null ? id : context + "\u0004" + id;
    }
}
