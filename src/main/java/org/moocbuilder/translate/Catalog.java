package org.moocbuilder.translate;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.moocbuilder.diag.SourcePosition;
import org.moocbuilder.translate.po.PoEntry;
import org.moocbuilder.translate.po.PoFile;

/** The translations of one language for one course (or for the site's own strings), by source text. */
public final class Catalog {

    /** A translation and where it was written, for diagnostics. */
    public record Entry(String translation, boolean fuzzy, SourcePosition at) {
    }

    /** How a segment fares in this catalog. */
    public enum Status { TRANSLATED, FUZZY, MISSING }

    private final Map<String, Entry> entries;

    private Catalog(Map<String, Entry> entries) {
        this.entries = Map.copyOf(entries);
    }

    public static Catalog empty() {
        return new Catalog(Map.of());
    }

    public static Catalog of(PoFile file, String displayPath) {
        Map<String, Entry> entries = new HashMap<>();
        for (PoEntry entry : file.entries()) {
            if (!entry.obsolete() && entry.context() == null && !entry.translation().isEmpty()) {
                entries.put(entry.id(), new Entry(entry.translation(), entry.isFuzzy(),
                        SourcePosition.at(displayPath, entry.line(), 1)));
            }
        }
        return new Catalog(entries);
    }

    public Optional<Entry> find(String sourceText) {
        return Optional.ofNullable(entries.get(sourceText));
    }

    public Status status(String sourceText) {
        Entry entry = entries.get(sourceText);
        return entry == null ? Status.MISSING : entry.fuzzy() ? Status.FUZZY : Status.TRANSLATED;
    }
}
