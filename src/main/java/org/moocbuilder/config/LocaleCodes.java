package org.moocbuilder.config;

import com.ibm.icu.util.ULocale;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/** Tells real language codes from typos, using ICU's list of ISO 639 languages. */
public final class LocaleCodes {

    private static final Set<String> LANGUAGES = Arrays.stream(ULocale.getISOLanguages()).collect(Collectors.toUnmodifiableSet());

    private LocaleCodes() {
    }

    public static boolean isKnown(String tag) {
        if (tag == null || tag.isBlank() || tag.contains("_")) {
            return false;
        }
        ULocale locale = ULocale.forLanguageTag(tag);
        return !locale.getLanguage().isEmpty() && LANGUAGES.contains(locale.getLanguage())
                && locale.toLanguageTag().equalsIgnoreCase(tag);
    }
}
