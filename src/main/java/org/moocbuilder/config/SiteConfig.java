package org.moocbuilder.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.moocbuilder.diag.FieldPositions;

/**
 * The settings in {@code content/site.yml}.
 *
 * @param title         the site's name, shown on the language chooser
 * @param sourceLocale  the language the course is written in (a BCP 47 tag)
 * @param targetLocales the languages it is published in besides the source, in site.yml order
 * @param theme         a folder name under {@code themes/}; {@code default} is built in
 * @param baseUrl       the public address of the site, when known; enables the sitemap
 * @param allowRawHtml  pass raw HTML written in lessons through instead of escaping it
 * @param showFuzzy     show translations marked fuzzy (outdated) instead of the source text
 * @param offlinePackages write a zip per language and one of the whole site, linked from each language's home
 * @param checks        budgets and rule severities for mooc check
 */
public record SiteConfig(String title, String sourceLocale, List<String> targetLocales, String theme,
                         Optional<String> baseUrl, boolean allowRawHtml, boolean showFuzzy, boolean offlinePackages,
                         CheckSettings checks,
                         FieldPositions fields) {

    public SiteConfig {
        targetLocales = List.copyOf(targetLocales);
    }

    /** Source locale first, then the targets. */
    public List<String> allLocales() {
        List<String> all = new ArrayList<>();
        all.add(sourceLocale);
        targetLocales.stream().filter(l -> !l.equals(sourceLocale)).forEach(all::add);
        return List.copyOf(all);
    }
}
