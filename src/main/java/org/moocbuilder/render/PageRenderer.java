package org.moocbuilder.render;

import freemarker.template.Template;
import freemarker.template.TemplateException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.io.output.StringBuilderWriter;
import org.moocbuilder.diag.Diagnostics;
import org.moocbuilder.diag.SourcePosition;
import org.moocbuilder.i18n.Messages;

/** Fills a theme template with a page's views. Safe to call from many threads at once. */
public final class PageRenderer {

    private final Theme theme;

    public PageRenderer(Theme theme) {
        this.theme = theme;
    }

    /**
     * Renders {@code template}; a template error (a missing variable, say) is reported at the
     * template's line and gives no page.
     */
    public Optional<byte[]> render(String template, Views.PageView page, Map<String, Object> views, Messages messages,
                                   Diagnostics diagnostics) {
        Map<String, Object> model = new HashMap<>(views);
        model.put("page", page);
        model.put("msg", new MessageMethod(messages));
        return process(template, page.kind() + " page", model, diagnostics).map(html -> html.getBytes(StandardCharsets.UTF_8));
    }

    private Optional<String> process(String template, String what, Map<String, Object> model, Diagnostics diagnostics) {
        try {
            Template compiled = theme.freemarker().getTemplate(template);
            // Not a StringWriter: its StringBuffer takes a lock for each of the many small pieces
            // a template writes.
            StringBuilderWriter out = new StringBuilderWriter(16 * 1024);
            compiled.process(model, out);
            return Optional.of(out.toString());
        } catch (TemplateException e) {
            String where = e.getTemplateSourceName() == null ? template : e.getTemplateSourceName();
            diagnostics.error("THM003", SourcePosition.at(theme.templatePath(where),
                    e.getLineNumber() == null ? 0 : e.getLineNumber(),
                    e.getColumnNumber() == null ? 0 : e.getColumnNumber()),
                    "template failed while rendering " + what + ": " + summary(e.getMessageWithoutStackTop()),
                    "see docs/theming.md for the variables each template receives");
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot render " + template, e);
        }
    }

    /**
     * Renders a part of pages drawn once and placed in many (the course navigation): the
     * template sees {@code views} and {@code msg}, no {@code page}.
     */
    public Optional<String> fragment(String template, Map<String, Object> views, Messages messages, Diagnostics diagnostics) {
        Map<String, Object> model = new HashMap<>(views);
        model.put("msg", new MessageMethod(messages));
        return process(template, "the course navigation", model, diagnostics);
    }

    /** FreeMarker's explanation up to its tips section, on one line, without the position it repeats. */
    private static String summary(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder summary = new StringBuilder();
        for (String line : text.lines().toList()) {
            if (line.startsWith("----")) {
                break;
            }
            summary.append(' ').append(line.strip());
        }
        return summary.toString().replaceAll("\\s*\\[in template [^\\]]*\\]", "").strip();
    }
}
