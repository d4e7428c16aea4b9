package org.moocbuilder.markdown;

import java.util.Optional;

/**
 * Renders fenced blocks of a kind the Markdown stage does not know itself (quizzes), given the
 * block's info string, its text and the file line its text starts on. Empty means "render as code".
 */
@FunctionalInterface
public interface BlockRenderer {

    Optional<String> render(String info, String content, int firstLine, InlineMarkdown inline);

    /** Turns a line of Markdown (a quiz question, say) into inline HTML. */
    @FunctionalInterface
    interface InlineMarkdown {
        String toHtml(String markdown);
    }
}
