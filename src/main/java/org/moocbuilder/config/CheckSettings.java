package org.moocbuilder.config;

import java.util.Map;
import java.util.Optional;

/**
 * The {@code checks:} part of site.yml: page-weight budgets and the severity of each rule.
 *
 * @param pageBudgetKb   a page's first view (HTML with the CSS and JS it loads, gzip), default 14
 * @param localeBudgetKb all files of one language together (gzip), when set
 * @param severity       rule code to {@code error}, {@code warning} or {@code off}
 */
public record CheckSettings(int pageBudgetKb, Optional<Integer> localeBudgetKb, Map<String, String> severity) {

    public static final CheckSettings DEFAULTS = new CheckSettings(14, Optional.empty(), Map.of());

    public CheckSettings {
        severity = Map.copyOf(severity);
    }
}
