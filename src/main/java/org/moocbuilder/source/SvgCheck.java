package org.moocbuilder.source;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.moocbuilder.content.SafeUrls;
import org.moocbuilder.diag.Diagnostics;
import org.moocbuilder.diag.SourcePosition;

/**
 * An SVG image opened on its own runs its scripts in the site's origin: a diagram with a
 * {@code <script>}, an {@code on...} attribute, a {@code javascript:} link or embedded HTML
 * ({@code <foreignObject>}) is refused, whoever made it; so is a DTD that declares entities,
 * which a browser expands and this check could not see through.
 */
public final class SvgCheck {

    /** An entity or other markup declaration, or a DOCTYPE with an internal subset. */
    private static final Pattern DECLARATION = Pattern.compile("<!(ENTITY|ELEMENT|ATTLIST|NOTATION)\\b|<!DOCTYPE[^>\\[]*\\[",
            Pattern.CASE_INSENSITIVE);

    private SvgCheck() {
    }

    /** Whether {@code file} (an SVG, by its name) may be published; if not, an error says why. */
    public static boolean publishable(Path file, String shown, Diagnostics diagnostics) {
        if (!file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".svg")) {
            return true;
        }
        Optional<String> active;
        try {
            active = activeContent(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            // Not UTF-8 or unreadable: no browser would show it as SVG text we could check.
            active = Optional.of("content that cannot be read as UTF-8 XML (" + e.getMessage() + ")");
        }
        active.ifPresent(what -> diagnostics.error("SRC004", SourcePosition.ofFile(shown),
                "SVG image holds " + what + ", which could run in a learner's browser, so it is not published",
                "remove it from the SVG (diagrams need no scripts), for example by exporting the diagram again as plain SVG"));
        return active.isEmpty();
    }

    /** What in {@code svg} could run, described for a message; empty when nothing can. */
    public static Optional<String> activeContent(String svg) {
        // A browser expands the entities an SVG's own DTD declares, and jsoup's XML parser does
        // not: an entity could hold a <script> this check never sees. Diagrams need no DTD.
        if (DECLARATION.matcher(svg).find()) {
            return Optional.of("a DTD declaration (<!ENTITY ...> or an internal subset in <!DOCTYPE ... [ ]>)");
        }
        Document document = Jsoup.parse(svg, "", Parser.xmlParser());
        for (Element element : document.getAllElements()) {
            String name = localName(element.tagName());
            if (name.equals("script") || name.equals("foreignobject") || name.equals("iframe")
                    || name.equals("embed") || name.equals("object")) {
                return Optional.of("a <" + element.tagName() + "> element");
            }
            for (Attribute attribute : element.attributes()) {
                String key = localName(attribute.getKey());
                if (key.startsWith("on")) {
                    return Optional.of("an event attribute (" + attribute.getKey() + ")");
                }
                if ((key.equals("href") || key.equals("src")) && !SafeUrls.allowed(attribute.getValue())) {
                    return Optional.of("a link to `" + attribute.getValue() + "`");
                }
            }
        }
        return Optional.empty();
    }

    private static String localName(String name) {
        return name.substring(name.indexOf(':') + 1).toLowerCase(Locale.ROOT);
    }
}
