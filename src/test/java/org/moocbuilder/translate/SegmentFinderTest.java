package org.moocbuilder.translate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.ibm.icu.util.ULocale;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.moocbuilder.content.MarkdownSource;
import org.moocbuilder.markdown.MarkdownRenderer;

class SegmentFinderTest {

    private final SegmentFinder finder = new SegmentFinder(MarkdownRenderer.forReading(false), ULocale.ENGLISH);

    private List<String> segments(String markdown) {
        return finder.find(new MarkdownSource("lesson.md", "c/m/lesson.md", markdown, 5)).segments().stream()
                .map(s -> s.kind().label() + ": " + s.text()).toList();
    }

    @Test
    void cutsEveryKindOfBlockAndKeepsInlineMarkdown() {
        assertEquals(List.of(
                        "heading: The *cycle*",
                        "paragraph: A paragraph with a [link](02-x.md#a), `code` and a note.[^1]",
                        "list item: First item",
                        "list item: Second item",
                        "quoted paragraph: Quoted across two lines.",
                        "table cell: Role",
                        "table cell: Task",
                        "table cell: Owner",
                        "table cell: Answers for the system",
                        "defined term: Model",
                        "definition: What training produces.",
                        "callout title: Remember",
                        "callout text: Check the data.",
                        "image alt text: A loop of six stages",
                        "image title: The project cycle",
                        "footnote: A source."),
                segments("""
                        ## The *cycle* {#cycle}

                        A paragraph with a [link](02-x.md#a),
                        `code` and a note.[^1]

                        - First item
                        - Second item

                        > Quoted across
                        > two lines.

                        | Role | Task |
                        |---|---|
                        | Owner | Answers for the system |

                        Model
                        : What training produces.

                        !!! tip "Remember"
                            Check the data.

                        ![A loop of six stages](cycle.svg "The project cycle")

                        ```python
                        print("code is never a segment")
                        ```

                        [^1]: A source.
                        """));
    }

    @Test
    void recordsTheFileLineOfEachSegmentAndItsWords() {
        Segment second = finder.find(new MarkdownSource("lesson.md", "c/m/lesson.md", "## Title\n\nTwo words.\n", 5))
                .segments().get(1);
        assertEquals("lesson.md:7:1", second.at().toString());
        assertEquals(2, second.words());
    }
}
