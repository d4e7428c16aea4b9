package org.moocbuilder.check;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.moocbuilder.content.MarkdownSource;
import org.moocbuilder.diag.Diagnostics;
import org.moocbuilder.diag.SourcePosition;
import org.moocbuilder.markdown.LinkIndex;
import org.moocbuilder.markdown.MarkdownRenderer;

/**
 * The checks of a site as its pages are drawn: first its sources' links ({@link #sources}),
 * then each page as it streams past on its way to the disk ({@link #page}, from many threads),
 * then what needs every page ({@link #finish}: fragments, language budgets). A page's DOM
 * lives only while its page is checked.
 */
public final class PageChecks {

    /**
     * The Markdown text of a module or lesson page, the page it becomes (under a language's folder),
     * and the languages whose page shows it: a source text in every language but those that adapt it,
     * an adaptation in its own. The text is read when it is checked (an adaptation is read from its file).
     */
    public record SourcePage(Supplier<MarkdownSource> source, String outputPath, List<String> locales) {
        public SourcePage {
            locales = List.copyOf(locales);
        }
    }

    /** The page budget and, when set, the budget of all files of one language, in KB of gzip. */
    public record Budgets(int pageKb, Optional<Integer> localeKb) {
    }

    private final SiteFiles site;
    private final Map<String, String> sources;
    private final String sourceLocale;
    private final SourceLinkCheck links;
    private final WeightCheck weight;
    private PageCheck pages;

    /**
     * @param sources the source file behind each page (path under the output folder), where
     *                findings about the page are reported
     */
    public PageChecks(SiteFiles site, Map<String, String> sources, MarkdownRenderer reading, LinkIndex index,
                      Budgets budgets) {
        this.site = site;
        this.sources = Map.copyOf(sources);
        this.sourceLocale = site.locales().get(0);
        this.links = new SourceLinkCheck(reading, index, site);
        this.weight = new WeightCheck(site, budgets.pageKb(), budgets.localeKb());
    }

    /** Checks the links and images written in the sources; call once, before any page. */
    public void sources(List<SourcePage> written, Diagnostics diagnostics) {
        links.checkAll(written, diagnostics);
        pages = new PageCheck(site, sources, sourceLocale, links.reportedBySource(), links.checkedInOwnLanguage());
    }

    /** Checks one drawn page (an HTML file under the output folder). Safe from many threads. */
    public void page(String path, byte[] html, Diagnostics diagnostics) {
        if (pages == null) {
            throw new IllegalStateException("sources() must run before the pages are checked");
        }
        Document document = Jsoup.parse(new String(html, StandardCharsets.UTF_8));
        pages.check(path, document, diagnostics);
        links.page(path, document);
        weight.check(path, html, document, pages.where(path), diagnostics);
    }

    /** Reports what needs every page: fragments that links name, the budget of each language. */
    public void finish(Diagnostics diagnostics) {
        links.finish(diagnostics);
        weight.finish(diagnostics);
    }

    /** The web addresses the sources link to, each with the first place it is written, for the external check. */
    public Map<String, SourcePosition> webLinks() {
        return links.webLinks();
    }
}
