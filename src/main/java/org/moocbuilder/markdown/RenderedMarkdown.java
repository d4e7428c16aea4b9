package org.moocbuilder.markdown;

/** The HTML made from a Markdown text, ready to be placed in a page template. */
public record RenderedMarkdown(String html) {
}
