package org.moocbuilder.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.moocbuilder.content.Lesson;
import org.moocbuilder.content.MarkdownSource;
import org.moocbuilder.diag.Diagnostics;
import org.moocbuilder.diag.FieldPositions;

class GiftWriterTest {

    @Test
    void escapesGiftsSpecialCharacters() {
        assertEquals("a\\~b\\=c\\#d\\{e\\}f\\:g\\\\h", GiftWriter.escape("a~b=c#d{e}f:g\\h"));
    }

    @Test
    void writesEachTypeAsMoodleReadsIt() {
        Quiz numeric = QuizParser.parse("id: n\ntype: numeric\nquestion: \"How many: {x}?\"\nanswer: 3\ntolerance: 0.5\n",
                "l.md", 1, new Diagnostics()).orElseThrow();
        Quiz multiple = QuizParser.parse("id: m\ntype: multiple\nquestion: Which?\nchoices:\n  - text: A\n    correct: true\n"
                + "  - text: B\n    correct: true\n  - text: C\n", "l.md", 1, new Diagnostics()).orElseThrow();
        Quiz trueFalse = QuizParser.parse("id: t\ntype: true-false\nquestion: Yes?\nanswer: false\n", "l.md", 1,
                new Diagnostics()).orElseThrow();
        Lesson lesson = new Lesson("intro", "Intro", "", Optional.empty(),
                List.of(), new MarkdownSource("l.md", "c/m/l.md", "", 1), "c/m/intro.html",
                FieldPositions.none("l.md"));
        String gift = GiftWriter.write(new CourseQuizzes("c", List.of(new CourseQuizzes.LessonQuizzes(lesson,
                List.of(numeric, multiple, trueFalse)))), text -> Optional.empty());
        assertTrue(gift.contains("::n::[markdown]How many\\: \\{x\\}? {\n\t#3:0.5\n}"), gift);
        assertTrue(gift.contains("\t~%50%A\n\t~%50%B\n\t~%-100%C\n"), gift);
        assertTrue(gift.contains("::t::[markdown]Yes? {\n\tFALSE\n}"), gift);
        assertTrue(gift.contains("$CATEGORY: c/m/intro"), gift);
    }
}
