package org.moocbuilder.translate;

import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.moocbuilder.translate.po.PoEntry;
import org.moocbuilder.translate.po.PoFile;

/**
 * Brings a language's PO file up to date with the source without losing a translator's work:
 * new text is added empty; text whose source changed keeps its old translation, marked fuzzy,
 * with the old source as {@code #| msgid}; text that is gone is kept as an obsolete entry; and
 * an obsolete entry whose text comes back is revived. Running it twice changes nothing.
 */
public final class CatalogUpdater {

    /** How much two source texts must share (by words) for the old translation to be offered as fuzzy. */
    static final double SIMILAR = 0.5;
    private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");

    /** What an update did, for the command's summary. */
    public record Result(PoFile file, int added, int fuzzied, int obsoleted, int revived) {
    }

    private CatalogUpdater() {
    }

    /**
     * @param existing the current file, or empty for a new one
     * @param segments every segment of the bundle's source, in course order
     */
    public static Result update(Optional<PoFile> existing, List<Segment> segments, ULocale locale, String project) {
        Map<String, PoEntry> current = new LinkedHashMap<>();
        Map<String, PoEntry> obsolete = new LinkedHashMap<>();
        existing.ifPresent(file -> file.entries().forEach(e -> (e.obsolete() ? obsolete : current).put(e.key(), e)));

        Map<String, List<Segment>> bySource = new LinkedHashMap<>();
        segments.forEach(s -> bySource.computeIfAbsent(s.text(), k -> new ArrayList<>()).add(s));
        Set<String> gone = new LinkedHashSet<>(current.keySet());
        gone.removeAll(bySource.keySet());

        List<PoEntry> entries = new ArrayList<>();
        int added = 0;
        int fuzzied = 0;
        int revived = 0;
        for (Map.Entry<String, List<Segment>> source : bySource.entrySet()) {
            String text = source.getKey();
            List<String> comments = source.getValue().stream().map(Segment::label).distinct().toList();
            List<String> references = source.getValue().stream().map(s -> s.at().file() + ":" + s.at().line()).distinct().toList();
            PoEntry kept = current.get(text);
            if (kept == null && obsolete.containsKey(text)) {
                kept = obsolete.remove(text);
                revived++;
            }
            if (kept != null) {
                entries.add(new PoEntry(kept.translatorComments(), comments, references, kept.flags(), kept.previousContext(),
                        kept.previousId(), null, text, null, List.of(kept.translation()), false, 0));
                continue;
            }
            Optional<PoEntry> similar = mostSimilar(text, gone, current);
            if (similar.isPresent() && !similar.get().translation().isEmpty()) {
                PoEntry old = similar.get();
                gone.remove(old.key());
                List<String> flags = new ArrayList<>(old.flags());
                if (!flags.contains("fuzzy")) {
                    flags.add(0, "fuzzy");
                }
                String previous = old.isFuzzy() && old.previousId() != null ? old.previousId() : old.id();
                entries.add(new PoEntry(old.translatorComments(), comments, references, flags, null, previous, null, text,
                        null, List.of(old.translation()), false, 0));
                fuzzied++;
            } else {
                entries.add(new PoEntry(List.of(), comments, references, List.of(), null, null, null, text, null,
                        List.of(""), false, 0));
                added++;
            }
        }
        int obsoleted = 0;
        for (String key : gone) {
            PoEntry old = current.get(key);
            if (!old.translation().isEmpty()) {
                entries.add(asObsolete(old));
                obsoleted++;
            }
        }
        for (PoEntry old : obsolete.values()) {
            entries.add(asObsolete(old));
        }
        PoEntry header = header(existing.map(PoFile::header).orElse(null), locale, project);
        return new Result(new PoFile(header, entries), added, fuzzied, obsoleted, revived);
    }

    private static PoEntry asObsolete(PoEntry old) {
        return new PoEntry(old.translatorComments(), List.of(), List.of(), old.flags(), old.previousContext(),
                old.previousId(), old.context(), old.id(), old.idPlural(), old.strings(), true, 0);
    }

    private static Optional<PoEntry> mostSimilar(String text, Set<String> candidates, Map<String, PoEntry> current) {
        PoEntry best = null;
        double bestScore = SIMILAR;
        for (String key : candidates) {
            PoEntry candidate = current.get(key);
            double score = similarity(text, candidate.id());
            if (score >= bestScore && (best == null || score > bestScore)) {
                best = candidate;
                bestScore = score;
            }
        }
        return Optional.ofNullable(best);
    }

    /** 1 minus the word-level edit distance over the longer length: 1 for equal texts, 0 for nothing shared. */
    static double similarity(String a, String b) {
        String[] x = WHITE_SPACE.split(a.toLowerCase(Locale.ROOT));
        String[] y = WHITE_SPACE.split(b.toLowerCase(Locale.ROOT));
        int[] previous = new int[y.length + 1];
        int[] row = new int[y.length + 1];
        for (int j = 0; j <= y.length; j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= x.length; i++) {
            row[0] = i;
            for (int j = 1; j <= y.length; j++) {
                row[j] = Math.min(previous[j - 1] + (x[i - 1].equals(y[j - 1]) ? 0 : 1), Math.min(previous[j], row[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = row;
            row = swap;
        }
        return 1.0 - (double) previous[y.length] / Math.max(x.length, y.length);
    }

    /** Keeps what translators' tools wrote in the header and sets the fields the build relies on. */
    static PoEntry header(PoEntry existing, ULocale locale, String project) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("Project-Id-Version", project);
        if (existing != null) {
            fields.putAll(new PoFile(existing, List.of()).headerFields());
        }
        fields.put("Language", locale.toLanguageTag());
        fields.put("MIME-Version", "1.0");
        fields.put("Content-Type", "text/plain; charset=UTF-8");
        fields.put("Content-Transfer-Encoding", "8bit");
        fields.put("Plural-Forms", GettextPlurals.header(locale));
        fields.put("X-Generator", "MOOC Builder");
        StringBuilder text = new StringBuilder();
        fields.forEach((name, value) -> text.append(name).append(": ").append(value).append('\n'));
        List<String> comments = existing == null ? List.of("Translations of " + project + " into "
                + locale.getDisplayName(ULocale.ENGLISH) + ".") : existing.translatorComments();
        return new PoEntry(comments, List.of(), List.of(), existing == null ? List.of() : existing.flags(), null, null, null,
                "", null, List.of(text.toString()), false, 0);
    }
}
