package org.moocbuilder.output;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jsoup.nodes.Document.OutputSettings;
import org.jsoup.nodes.Entities;
import org.moocbuilder.content.SitePath;

/**
 * {@code sitemap.xml} with every page and its translations as {@code xhtml:link} alternates,
 * the form search engines read for multilingual sites. Needs the site's public base URL.
 */
public final class Sitemap {

    private Sitemap() {
    }

    /**
     * @param baseUrl    the public address of the output folder, ending in a slash
     * @param locales    the language tags, source first
     * @param localPaths the pages of one language, relative to its folder (the same in every language)
     */
    public static OutputFile of(String baseUrl, List<String> locales, List<String> localPaths) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" ")
                .append("xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n");
        for (String local : localPaths) {
            Map<String, String> urls = new TreeMap<>();
            for (String locale : locales) {
                urls.put(locale, baseUrl + SitePath.encode(locale + "/" + local));
            }
            for (String locale : locales) {
                xml.append("  <url>\n    <loc>").append(escape(urls.get(locale))).append("</loc>\n");
                for (String other : locales) {
                    xml.append("    <xhtml:link rel=\"alternate\" hreflang=\"").append(other).append("\" href=\"")
                            .append(escape(urls.get(other))).append("\"/>\n");
                }
                xml.append("  </url>\n");
            }
        }
        xml.append("</urlset>\n");
        return OutputFile.of("sitemap.xml", xml.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static String escape(String text) {
        return Entities.escape(text, new OutputSettings().syntax(OutputSettings.Syntax.xml));
    }
}
