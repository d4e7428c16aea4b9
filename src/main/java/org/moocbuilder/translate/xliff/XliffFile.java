package org.moocbuilder.translate.xliff;

import java.util.Map;
import org.moocbuilder.translate.po.PoFile;

/**
 * An XLIFF file read back: the bundle it came from, its languages, its entries as PO, and for
 * units we exported, the fingerprint of the bundle's translation at export ({@code bases}, by
 * entry key).
 */
public record XliffFile(String original, String sourceLanguage, String targetLanguage, PoFile po, Map<String, String> bases) {

    public XliffFile {
        bases = Map.copyOf(bases);
    }
}
