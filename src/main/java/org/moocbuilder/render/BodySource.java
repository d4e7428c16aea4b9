package org.moocbuilder.render;

import org.moocbuilder.content.Course;
import org.moocbuilder.content.MarkdownSource;
import org.moocbuilder.i18n.LocaleInfo;

/**
 * Draws the Markdown body of a module or lesson page in one language, when its page is drawn,
 * so no body outlives its page.
 */
@FunctionalInterface
public interface BodySource {

    /** The body's HTML for the page at {@code outputPath} (under the language's folder). */
    String html(LocaleInfo locale, Course course, MarkdownSource source, String outputPath);
}
