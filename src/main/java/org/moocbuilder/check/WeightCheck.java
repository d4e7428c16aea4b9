package org.moocbuilder.check;

import java.net.URI;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.moocbuilder.diag.Diagnostics;
import org.moocbuilder.diag.SourcePosition;

/**
 * Page weight as a learner on a slow, costly connection pays it: a page's first view (its HTML
 * with the CSS and JS it loads, each gzip -9) against the page budget, and all files of a
 * language against the language budget when one is set.
 */
final class WeightCheck {

    private WeightCheck() {
    }

    static long firstView(BuiltSite site, String path, Document page) {
        long total = GzipSize.of(site.bytes(path));
        for (Element asset : page.select("link[rel=stylesheet][href], script[src]")) {
            String url = asset.hasAttr("src") ? asset.attr("src") : asset.attr("href");
            String resolved = URI.create(path).resolve(url).normalize().getPath();
            if (site.exists(resolved)) {
                total += GzipSize.of(site.bytes(resolved));
            }
        }
        return total;
    }

    static void check(BuiltSite site, PageCheck pages, int pageBudgetKb, Optional<Integer> localeBudgetKb,
                      Diagnostics diagnostics) {
        for (Map.Entry<String, Document> page : site.pages().entrySet()) {
            if (page.getKey().startsWith("_reports/")) {
                continue;
            }
            long bytes = firstView(site, page.getKey(), page.getValue());
            if (bytes > pageBudgetKb * 1024L) {
                diagnostics.error("WEIGHT001", pages.where(page.getKey()), String.format(Locale.ROOT,
                        "first view of %s is %.1f KB gzip, over the budget of %d KB", page.getKey(), bytes / 1024.0,
                        pageBudgetKb), "shorten the page, split the lesson, or move large images out of the first view");
            }
        }
        if (localeBudgetKb.isPresent()) {
            for (String locale : site.locales()) {
                long total = site.files().stream().filter(f -> f.startsWith(locale + "/") || f.startsWith("assets/"))
                        .mapToLong(f -> GzipSize.of(site.bytes(f))).sum();
                if (total > localeBudgetKb.get() * 1024L) {
                    diagnostics.error("WEIGHT002", SourcePosition.ofFile("site-out/" + locale + "/"), String.format(Locale.ROOT,
                            "all files of %s weigh %.0f KB gzip, over the budget of %d KB", locale, total / 1024.0,
                            localeBudgetKb.get()), "make images smaller (SVG for diagrams) or raise checks.localeBudgetKb");
                }
            }
        }
    }
}
