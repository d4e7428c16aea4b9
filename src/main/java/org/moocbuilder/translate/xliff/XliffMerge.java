package org.moocbuilder.translate.xliff;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.moocbuilder.translate.Fingerprint;
import org.moocbuilder.translate.po.PoEntry;
import org.moocbuilder.translate.po.PoFile;

/**
 * Merges translations returned in XLIFF into a PO bundle. Only translations, their state and
 * translator comments a tool added change; other comments, references and the previous source
 * ({@code #|}) of a unit that stays fuzzy are the bundle's, so they survive tools that drop them. An empty target never clears a
 * translation, and a unit whose source the bundle no longer has is kept as an obsolete entry,
 * so an import can never lose a translator's work.
 *
 * <p>Files we exported record what the bundle said at export ({@code g:base}). A unit whose
 * text is still that base was not touched by the agency, so a newer edit in the PO file stays.
 * When both sides changed, the bundle keeps its text and the unit is returned as a conflict for
 * a person to decide; the agency's text is still in the XLIFF file.
 */
public final class XliffMerge {

    /** A unit changed both in the XLIFF file and in the bundle since export. */
    public record Conflict(PoEntry bundleEntry, String returnedText) {
    }

    public record Result(PoFile file, int updated, int unchanged, int keptObsolete, List<Conflict> conflicts) {
        public Result {
            conflicts = List.copyOf(conflicts);
        }
    }

    private XliffMerge() {
    }

    public static Result merge(PoFile bundle, XliffFile returned) {
        Map<String, PoEntry> incoming = new LinkedHashMap<>();
        returned.po().entries().stream().filter(e -> !e.obsolete() && !e.translation().isEmpty())
                .forEach(e -> incoming.put(e.key(), e));
        List<PoEntry> entries = new ArrayList<>();
        List<Conflict> conflicts = new ArrayList<>();
        int updated = 0;
        int unchanged = 0;
        for (PoEntry entry : bundle.entries()) {
            // An obsolete entry matches too: tools such as xliff2po return it as a live unit,
            // and it must not come back as a second copy of itself.
            PoEntry translated = incoming.remove(entry.key());
            if (translated == null) {
                entries.add(entry);
                continue;
            }
            String base = returned.bases().get(entry.key());
            boolean bundleChanged = base != null && !base.equals(Fingerprint.of(entry.translation()));
            boolean agencyChanged = base == null || !base.equals(Fingerprint.of(translated.translation()));
            if (bundleChanged) {
                if (agencyChanged && !translated.translation().equals(entry.translation())) {
                    conflicts.add(new Conflict(entry, translated.translation()));
                }
                unchanged++;
                entries.add(entry);
                continue;
            }
            List<String> flags = new ArrayList<>(entry.flags().stream().filter(f -> !f.equals("fuzzy")).toList());
            if (translated.isFuzzy()) {
                flags.add(0, "fuzzy");
            }
            PoEntry merged = new PoEntry(comments(entry.translatorComments(), translated.translatorComments()),
                    entry.extractedComments(), entry.references(), flags,
                    translated.isFuzzy() ? entry.previousContext() : null, translated.isFuzzy() ? entry.previousId() : null,
                    entry.context(), entry.id(), entry.idPlural(), List.of(translated.translation()), entry.obsolete(),
                    entry.line());
            if (merged.translation().equals(entry.translation()) && merged.flags().equals(entry.flags())
                    && merged.translatorComments().equals(entry.translatorComments())) {
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
        return new Result(new PoFile(bundle.header(), entries), updated, unchanged, incoming.size(), conflicts);
    }

    /**
     * The bundle's translator comments and, after them, the lines a translator added in the tool.
     * A line the tool only re-indented is not new; a tool that drops comments removes none.
     */
    static List<String> comments(List<String> bundle, List<String> returned) {
        Set<String> known = bundle.stream().map(String::strip).collect(Collectors.toSet());
        List<String> merged = new ArrayList<>(bundle);
        returned.stream().filter(line -> !line.isBlank() && known.add(line.strip())).forEach(merged::add);
        return merged;
    }
}
