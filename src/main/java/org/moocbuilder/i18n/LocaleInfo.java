package org.moocbuilder.i18n;

import com.ibm.icu.text.DisplayContext;
import com.ibm.icu.text.LocaleDisplayNames;
import com.ibm.icu.util.ULocale;

/**
 * What the build needs to know about a language, all from ICU's CLDR data: its tag, its
 * writing direction and its name in its own language (for the language chooser).
 */
public record LocaleInfo(String tag, ULocale locale, String dir, String autonym) {

    public static LocaleInfo of(String tag) {
        ULocale locale = ULocale.forLanguageTag(tag);
        return new LocaleInfo(tag, locale, locale.isRightToLeft() ? "rtl" : "ltr",
                nameIn(locale, locale, DisplayContext.CAPITALIZATION_FOR_UI_LIST_OR_MENU));
    }

    public boolean isRightToLeft() {
        return "rtl".equals(dir);
    }

    /** This language's name inside a sentence read by {@code reader}, e.g. "anglais" for English in French. */
    public String nameFor(LocaleInfo reader) {
        return nameIn(locale, reader.locale(), DisplayContext.CAPITALIZATION_FOR_MIDDLE_OF_SENTENCE);
    }

    private static String nameIn(ULocale named, ULocale reader, DisplayContext capitalization) {
        return LocaleDisplayNames.getInstance(reader, capitalization, DisplayContext.DIALECT_NAMES)
                .localeDisplayName(named);
    }
}
