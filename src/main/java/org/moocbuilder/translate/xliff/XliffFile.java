package org.moocbuilder.translate.xliff;

import java.util.List;
import java.util.Map;
import org.moocbuilder.diag.SourcePosition;
import org.moocbuilder.translate.po.PoFile;

/**
 * An XLIFF file read back: the bundle it says it came from and its languages (as the file
 * writes them, not yet checked against the site), its entries as PO, and for units we
 * exported, the fingerprint of the bundle's translation at export ({@code bases}, by entry
 * key).
 *
 * @param originalAt       where the file names its bundle ({@code original}), or the element that lacks it
 * @param targetLanguageAt where the file names its target language, or the element that lacks it
 * @param refused          units left out of {@code po} because their text holds inline codes that
 *                         cannot be mapped back to Markdown
 * @param version          the file's XLIFF version: 1.2, 2.0 or 2.1
 */
public record XliffFile(String original, String sourceLanguage, String targetLanguage, PoFile po, Map<String, String> bases,
                        SourcePosition originalAt, SourcePosition targetLanguageAt, List<RefusedUnit> refused,
                        String version) {

    public XliffFile {
        bases = Map.copyOf(bases);
        refused = List.copyOf(refused);
    }

    public XliffFile(String original, String sourceLanguage, String targetLanguage, PoFile po, Map<String, String> bases) {
        this(original, sourceLanguage, targetLanguage, po, bases, null, null, List.of(), "1.2");
    }

    /**
     * A unit not read because its {@code <source>} or {@code <target>} holds an element we cannot
     * turn back into the Markdown text it came from ({@code <x/>}, {@code <ph>}, {@code <bpt>}...).
     *
     * @param id      the unit's {@code id}
     * @param line    the line the unit starts on
     * @param at      where the element is
     * @param part    {@code source} or {@code target}
     * @param element the element's name as written, such as {@code x} or {@code ph}
     */
    public record RefusedUnit(String id, int line, SourcePosition at, String part, String element) {
    }
}
