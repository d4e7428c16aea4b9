package org.moocbuilder.translate.xliff;

import org.moocbuilder.translate.po.PoFile;

/** An XLIFF file read back: the bundle it came from, its languages and its entries as PO. */
public record XliffFile(String original, String sourceLanguage, String targetLanguage, PoFile po) {
}
