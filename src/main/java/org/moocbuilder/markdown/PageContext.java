package org.moocbuilder.markdown;

import org.moocbuilder.content.MarkdownSource;
import org.moocbuilder.diag.Diagnostics;

/** What rendering one Markdown text needs to know about the page it lands on. */
record PageContext(MarkdownSource source, String outputPath, LinkIndex links, Diagnostics diagnostics, LineMap lines) {
}
