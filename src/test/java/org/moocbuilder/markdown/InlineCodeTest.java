package org.moocbuilder.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class InlineCodeTest {

    @Test
    void codeSpansFollowCommonMarksBacktickRules() {
        assertEquals(List.of(new InlineCode.Part("Run ", false), new InlineCode.Part("mooc build", true),
                new InlineCode.Part(" *now*", false)), InlineCode.parts("Run `mooc build` *now*"));
        assertEquals(List.of(new InlineCode.Part("a `b` c", true)), InlineCode.parts("`` a `b` c ``"));
        assertEquals(List.of(new InlineCode.Part("An `unclosed span", false)), InlineCode.parts("An `unclosed span"));
        assertEquals("1. Run mooc build", InlineCode.plain("1. Run `mooc build`"), "a list marker is not Markdown in a title");
    }
}
