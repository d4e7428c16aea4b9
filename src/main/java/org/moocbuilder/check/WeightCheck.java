package org.moocbuilder.check;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;
import org.moocbuilder.diag.Diagnostics;
import org.moocbuilder.diag.SourcePosition;

/**
 * Page weight as a learner on a slow, costly connection pays it: a page's first view (its HTML
 * with the CSS and JS it loads, each gzip -9) against the page budget, and all files of a
 * language against the language budget when one is set. Pages are weighed as they stream past;
 * the stylesheet and scripts they share are compressed once.
 */
final class WeightCheck {

    /** What a page loads before it is shown; parsed once, as jsoup parses a query string on every call. */
    private static final Evaluator LOADED = QueryParser.parse("link[rel=stylesheet][href], script[src]");

    private final SiteFiles site;
    private final int pageBudgetKb;
    private final Optional<Integer> localeBudgetKb;
    private final Map<String, Long> shared = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> pagesByLocale = new ConcurrentHashMap<>();

    WeightCheck(SiteFiles site, int pageBudgetKb, Optional<Integer> localeBudgetKb) {
        this.site = site;
        this.pageBudgetKb = pageBudgetKb;
        this.localeBudgetKb = localeBudgetKb;
    }

    /** The gzip size of the stylesheets and scripts the page at {@code path} loads. */
    private long loaded(String path, Document page) {
        long total = 0;
        for (Element asset : page.select(LOADED)) {
            String url = asset.hasAttr("src") ? asset.attr("src") : asset.attr("href");
            String resolved = PageCheck.resolve(path, url);
            if (resolved != null && site.exists(resolved)) {
                total += gzipOf(resolved);
            }
        }
        return total;
    }

    void check(String path, byte[] html, Document page, SourcePosition at, Diagnostics diagnostics) {
        if (path.startsWith("_reports/")) {
            return;
        }
        long htmlGzip = GzipSize.of(html);
        long bytes = htmlGzip + loaded(path, page);
        if (bytes > pageBudgetKb * 1024L) {
            diagnostics.error("WEIGHT001", at, String.format(Locale.ROOT,
                    "first view of %s is %.1f KB gzip, over the budget of %d KB", path, bytes / 1024.0,
                    pageBudgetKb), "shorten the page, split the lesson, or move large images out of the first view");
        }
        if (localeBudgetKb.isPresent() && path.indexOf('/') > 0) {
            pagesByLocale.computeIfAbsent(path.substring(0, path.indexOf('/')), l -> new LongAdder())
                    .add(htmlGzip);
        }
    }

    /**
     * The language budget, once every page was weighed: the pages plus every other file of the
     * language, the theme's assets and the course files it shows from {@code shared/}.
     */
    void finish(Diagnostics diagnostics) {
        if (localeBudgetKb.isEmpty()) {
            return;
        }
        for (String locale : site.locales()) {
            long total = site.paths().stream()
                    .filter(f -> !f.endsWith(".html") && (f.startsWith(locale + "/") || f.startsWith("assets/")
                            || site.sharedShownBy(locale).contains(f)))
                    .mapToLong(this::gzipOf).sum();
            LongAdder pages = pagesByLocale.get(locale);
            total += pages == null ? 0 : pages.sum();
            if (total > localeBudgetKb.get() * 1024L) {
                diagnostics.error("WEIGHT002", SourcePosition.ofFile("site-out/" + locale + "/"), String.format(Locale.ROOT,
                        "all files of %s weigh %.0f KB gzip, over the budget of %d KB", locale, total / 1024.0,
                        localeBudgetKb.get()), "make images smaller (SVG for diagrams) or raise checks.localeBudgetKb");
            }
        }
    }

    private long gzipOf(String path) {
        return shared.computeIfAbsent(path, p -> {
            byte[] bytes = site.bytesOf().apply(p);
            return bytes == null ? 0L : GzipSize.of(bytes);
        });
    }
}
