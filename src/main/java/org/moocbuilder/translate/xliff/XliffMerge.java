package org.moocbuilder.translate.xliff;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.moocbuilder.translate.po.PoEntry;
import org.moocbuilder.translate.po.PoFile;

/**
 * Merges translations returned in XLIFF into a PO bundle. Only translations and their state
 * change; comments and references stay the bundle's. An empty target never clears a
 * translation, and a unit whose source the bundle no longer has is kept as an obsolete entry,
 * so an import can never lose a translator's work.
 */
public final class XliffMerge {

    public record Result(PoFile file, int updated, int unchanged, int keptObsolete) {
    }

    private XliffMerge() {
    }

    public static Result merge(PoFile bundle, PoFile returned) {
        Map<String, PoEntry> incoming = new LinkedHashMap<>();
        returned.entries().stream().filter(e -> !e.obsolete() && !e.translation().isEmpty())
                .forEach(e -> incoming.put(e.key(), e));
        List<PoEntry> entries = new ArrayList<>();
        int updated = 0;
        int unchanged = 0;
        for (PoEntry entry : bundle.entries()) {
            PoEntry translated = entry.obsolete() ? null : incoming.remove(entry.key());
            if (translated == null) {
                entries.add(entry);
                continue;
            }
            List<String> flags = new ArrayList<>(entry.flags().stream().filter(f -> !f.equals("fuzzy")).toList());
            if (translated.isFuzzy()) {
                flags.add(0, "fuzzy");
            }
            PoEntry merged = new PoEntry(entry.translatorComments(), entry.extractedComments(), entry.references(), flags,
                    translated.isFuzzy() ? entry.previousContext() : null, translated.isFuzzy() ? entry.previousId() : null,
                    entry.context(), entry.id(), entry.idPlural(), List.of(translated.translation()), false, entry.line());
            if (merged.translation().equals(entry.translation()) && merged.flags().equals(entry.flags())) {
                unchanged++;
                entries.add(entry);
            } else {
                updated++;
                entries.add(merged);
            }
        }
        for (PoEntry orphan : incoming.values()) {
            entries.add(new PoEntry(orphan.translatorComments(), List.of(), List.of(), orphan.flags(), null, null,
                    orphan.context(), orphan.id(), null, List.of(orphan.translation()), true, 0));
        }
        return new Result(new PoFile(bundle.header(), entries), updated, unchanged, incoming.size());
    }
}
