package org.moocbuilder.markdown;

import com.vladsch.flexmark.html.AttributeProvider;
import com.vladsch.flexmark.html.renderer.AttributablePart;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.html.MutableAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.moocbuilder.content.SafeUrls;

/**
 * The last word on every attribute the Markdown renderer writes, whoever asked for it (the
 * renderer, or a {@code {...}} block written by an author or a translator): only attributes on
 * the list pass, so no {@code on...} handler and no {@code style} reaches a page; {@code href}
 * and {@code src} pass only with an address {@link SafeUrls} allows.
 */
final class SafeAttributes implements AttributeProvider {

    /** Structure, language, size and accessibility; nothing that runs or restyles the page. */
    static final Set<String> ALLOWED = Set.of("id", "class", "lang", "dir", "role", "title", "alt", "href", "src",
            "width", "height", "colspan", "rowspan", "align", "start", "reversed", "type", "hreflang", "rel",
            "aria-label", "aria-hidden", "aria-describedby", "aria-labelledby", "loading", "decoding");

    @Override
    public void setAttributes(Node node, AttributablePart part, MutableAttributes attributes) {
        List<String> refused = new ArrayList<>();
        for (String name : attributes.keySet()) {
            String lower = name.toLowerCase(Locale.ROOT);
            boolean url = lower.equals("href") || lower.equals("src");
            if (!ALLOWED.contains(lower) || url && !SafeUrls.allowed(attributes.getValue(name))) {
                refused.add(name);
            }
        }
        refused.forEach(attributes::remove);
    }
}
