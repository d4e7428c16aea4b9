package org.moocbuilder.translate;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.moocbuilder.diag.Diagnostics;
import org.moocbuilder.diag.SourcePosition;
import org.moocbuilder.i18n.LocaleInfo;
import org.moocbuilder.markdown.ForeignRanges;

/**
 * Applies one language's catalog to source text. A segment is replaced by its translation when
 * that is done (or fuzzy, if the site shows fuzzy translations) and passes the
 * {@link TranslationCheck}; otherwise the source text stays, marked as in the source language.
 */
public final class Translator {

    private static final Pattern BLOCK_MARKER = Pattern.compile("^(#{1,6}|[>+*-])(\\s.*|$)");
    private static final Pattern LIST_NUMBER = Pattern.compile("^(\\d{1,9})([.)])(\\s|$)");

    private final Catalog catalog;
    private final TranslationCheck check;
    private final boolean showFuzzy;
    private final LocaleInfo source;
    private final Diagnostics diagnostics;
    /**
     * The check's verdict on each source text's translation, and the translation with added HTML
     * defused: worked out once per text, though a segment is both applied and counted, and a quiz
     * text or a field is looked up again when its page is drawn. The catalog does not change, so
     * the source text alone decides both.
     */
    private final Map<String, Optional<String>> problems = new ConcurrentHashMap<>();
    private final Map<String, String> defused = new ConcurrentHashMap<>();

    public Translator(Catalog catalog, TranslationCheck check, boolean showFuzzy, LocaleInfo source, Diagnostics diagnostics) {
        this.catalog = catalog;
        this.check = check;
        this.showFuzzy = showFuzzy;
        this.source = source;
        this.diagnostics = diagnostics;
    }

    /**
     * The translation of a field shown as plain text (a title, an objective): templates escape
     * it, so HTML in it is shown as text without being defused here.
     */
    public Optional<String> translatePlain(String sourceText) {
        return usable(sourceText);
    }

    /** The translation to show for a Markdown segment's text, or empty to show the source. */
    public Optional<String> translate(String sourceText) {
        return usable(sourceText).map(translation -> {
            String shown = defused.computeIfAbsent(sourceText, text -> check.defuseHtml(text, translation));
            if (!shown.equals(translation)) {
                diagnostics.warning("TR002", catalog.find(sourceText).orElseThrow().at(), "translation contains HTML the"
                        + " source does not have; it is shown as text", "remove the HTML tags from the translation");
            }
            return shown;
        });
    }

    private Optional<String> usable(String sourceText) {
        Optional<Catalog.Entry> entry = catalog.find(sourceText).filter(e -> !e.fuzzy() || showFuzzy);
        if (entry.isEmpty()) {
            return Optional.empty();
        }
        String translation = entry.get().translation();
        Optional<String> problem = problem(sourceText, translation);
        if (problem.isPresent()) {
            diagnostics.warning("TR001", entry.get().at(), "translation not used: " + problem.get(),
                    "fix the translation; until then the source text is shown");
            return Optional.empty();
        }
        return Optional.of(translation);
    }

    public Optional<SourcePosition> where(String sourceText) {
        return catalog.find(sourceText).map(Catalog.Entry::at);
    }

    /** How a segment counts in coverage: translated, fuzzy, or missing (also when its translation is refused). */
    public Catalog.Status status(String sourceText) {
        Catalog.Status status = catalog.status(sourceText);
        if (status == Catalog.Status.MISSING) {
            return status;
        }
        String translation = catalog.find(sourceText).orElseThrow().translation();
        return problem(sourceText, translation).isPresent() ? Catalog.Status.MISSING : status;
    }

    /** Why the catalog's translation of {@code sourceText} may not be used, checked once per text. */
    private Optional<String> problem(String sourceText, String translation) {
        return problems.computeIfAbsent(sourceText, text -> check.problem(text, translation));
    }

    /**
     * Replaces the segments of {@code markdown}; headings keep the source's id (given by
     * {@code headingIds}, keyed by segment start) so links to #fragments work in every language.
     */
    public TranslatedText apply(String markdown, List<Segment> segments, Map<Integer, String> headingIds) {
        StringBuilder out = new StringBuilder(markdown.length() + 256);
        ForeignRanges foreign = new ForeignRanges(source.tag(), source.dir());
        int copied = 0;
        for (Segment segment : segments) {
            out.append(markdown, copied, segment.start());
            Optional<String> translation = translate(segment.text());
            int at = out.length();
            if (translation.isPresent()) {
                out.append(escapeBlockMarkers(translation.get()));
            } else {
                out.append(markdown, segment.start(), segment.end());
                foreign.add(at, out.length());
            }
            String id = headingIds.get(segment.start());
            if (id != null) {
                out.append(" {#").append(id).append('}');
            }
            copied = segment.end();
        }
        out.append(markdown, copied, markdown.length());
        return new TranslatedText(out.toString(), foreign);
    }

    /**
     * A translation is inline text; one that starts like a list item, a heading or a quote
     * ("1. Définir le problème") must not become one.
     */
    static String escapeBlockMarkers(String translation) {
        String text = translation.strip();
        if (BLOCK_MARKER.matcher(text).matches()) {
            return "\\" + text;
        }
        return LIST_NUMBER.matcher(text).replaceFirst("$1\\\\$2$3");
    }
}
