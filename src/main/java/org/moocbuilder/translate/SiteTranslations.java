package org.moocbuilder.translate;

import java.util.List;
import java.util.Map;
import org.moocbuilder.i18n.LocaleInfo;

/**
 * What the translation stage made of a site: its text cut into segments, each language's
 * translation of it (the source language's is the identity), and the coverage of each language.
 *
 * @param byLocale by language tag, source first
 */
public record SiteTranslations(SiteText texts, Map<String, LocaleTranslation> byLocale,
                               List<Coverage.LocaleCoverage> coverage) {

    public SiteTranslations {
        byLocale = Map.copyOf(byLocale);
        coverage = List.copyOf(coverage);
    }

    public LocaleTranslation of(LocaleInfo locale) {
        return byLocale.get(locale.tag());
    }
}
