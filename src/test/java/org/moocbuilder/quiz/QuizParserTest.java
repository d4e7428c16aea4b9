package org.moocbuilder.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.moocbuilder.diag.Diagnostic;
import org.moocbuilder.diag.Diagnostics;

class QuizParserTest {

    private static List<String> problems(String yaml) {
        Diagnostics diagnostics = new Diagnostics();
        assertTrue(QuizParser.parse(yaml, "lesson.md", 20, diagnostics).isEmpty(), "an invalid quiz gives no quiz");
        return diagnostics.sorted().stream().map(Diagnostic::format).toList();
    }

    @Test
    void readsEveryType() {
        String yaml = """
                id: q1
                type: matching
                question: Match them.
                pairs:
                  - left: Model
                    right: What training produces
                  - left: Data
                    right: The examples
                explanation: Because.
                """;
        Quiz quiz = QuizParser.parse(yaml, "lesson.md", 20, new Diagnostics()).orElseThrow();
        assertEquals(QuizType.MATCHING, quiz.type());
        assertEquals(List.of(new Quiz.Pair("Model", "What training produces"), new Quiz.Pair("Data", "The examples")), quiz.pairs());
        assertEquals(List.of("Match them.", "Model", "What training produces", "Data", "The examples", "Because."),
                quiz.texts().stream().map(Quiz.Text::text).toList());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            explanation: [a, b] | lesson.md:24:1: error[YAML003]: `explanation` must be text
            explanation: yes    | lesson.md:24:1: error[YAML008]: `explanation` reads as the yes/no value `true`
            hint: {a: b}        | lesson.md:24:1: error[YAML003]: `hint` must be text
            hint: No            | lesson.md:24:1: error[YAML008]: `hint` reads as the yes/no value `false`
            """)
    void anExplanationOrHintThatIsNotTextIsAnErrorAndGivesNoQuiz(String line, String expected) {
        // Found by QuizParserFuzzTest: these were reported as errors, yet the quiz was returned without them.
        List<String> found = problems("id: q\ntype: true-false\nquestion: Q\nanswer: true\n" + line + "\n");
        assertTrue(found.stream().anyMatch(f -> f.startsWith(expected)), found.toString());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            id: q\\ntype: single\\nquestion: [oops                   | lesson.md:22:16: error[YAML001]: invalid YAML
            id: q\\ntype: singel\\nquestion: Q                       | lesson.md:21:1: error[QUIZ002]: unknown quiz type `singel`\\n  hint: did you mean `single`?
            id: q\\ntype: single\\nquestion: Q                       | lesson.md:19:1: error[QUIZ003]: a single quiz needs `choices:`, a list with at least two
            id: q\\ntype: single\\nquestion: Q\\nchoices:\\n  - text: A\\n  - text: B | lesson.md:23:1: error[QUIZ004]: no choice is marked `correct: true`
            id: q\\ntype: single\\nquestion: Q\\nchoices:\\n  - text: A\\n    correct: true\\n  - text: B\\n    correct: true | lesson.md:23:1: error[QUIZ005]: 2 choices are marked correct in a single-choice quiz
            id: q\\ntype: multiple\\nquestion: Q\\nchoices:\\n  - text: A\\n    correct: true\\n  - text: '' | lesson.md:23:1: error[QUIZ006]: choice 2 has no text
            id: q\\ntype: multiple\\nquestion: Q\\nchoices:\\n  - text: null\\n    correct: true\\n  - text: B | lesson.md:23:1: error[QUIZ006]: choice 1 has no text: YAML reads the unquoted `null` as no value, not as a word\\n  hint: to show the word, quote it: `- text: "null"`
            id: q\\ntype: multiple\\nquestion: Q\\nchoices:\\n  - text: A\\n    correct: true\\n  - text:  | lesson.md:23:1: error[QUIZ006]: choice 2 has no text\\n  hint: write `- text: ...` for every choice
            id: q\\ntype: numeric\\nquestion: Q\\nanswer: about ten  | lesson.md:23:1: error[QUIZ007]: `answer` must be a number, found `about ten`
            type: single\\nquestion: Q                               | lesson.md:19:1: error[QUIZ001]: quiz has no `id`
            id: q\\ntype: single\\nquestion: Q\\nchoices:\\n  - text: Yes\\n    correct: true\\n  - text: No | lesson.md:23:1: error[QUIZ010]: choice 1 reads as the yes/no value `true`
            id: q\\ntype: short-text\\nquestion: Q\\nanswers: No       | lesson.md:23:1: error[YAML008]: `answers` reads as the yes/no value `false`
            """)
    void reportsEachProblemAtItsLineInTheLesson(String yaml, String expected) {
        List<String> found = problems(yaml.replace("\\n", "\n"));
        assertTrue(found.stream().anyMatch(f -> f.startsWith(expected.replace("\\n", "\n"))), found.toString());
    }
}
