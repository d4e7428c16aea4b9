package org.moocbuilder.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.moocbuilder.i18n.LocaleInfo;
import org.moocbuilder.i18n.TestMessages;
import org.moocbuilder.markdown.MarkdownRenderer;

class QuizHtmlTest {

    private static final String HOSTILE = """
            id: q1
            type: single
            question: "Is </script><!-- a \\"quote\\" and a \\\\ backslash safe?"
            choices:
              - text: "Yes </script>"
                correct: true
                feedback: "It is escaped <!--"
              - text: "No"
            explanation: Explained.
            hint: A hint.
            """;

    private static Document render(String yaml, LocaleInfo page, Map<String, String> translations) {
        MarkdownRenderer markdown = MarkdownRenderer.forReading(false);
        QuizHtml html = new QuizHtml(TestMessages.english(), page, LocaleInfo.of("en"),
                text -> Optional.ofNullable(translations.get(text)), "course-a");
        String out = html.render("quiz", yaml, 10, markdown::inline).orElseThrow();
        return Jsoup.parseBodyFragment(out);
    }

    @Test
    void isASemanticFormWithLabelledInputsALiveRegionAndTheAnswerInDetails() {
        Document doc = render(HOSTILE, LocaleInfo.of("en"), Map.of());
        Element form = doc.selectFirst("form.quiz");
        assertEquals("Is &lt;/script&gt;&lt;!-- a \"quote\" and a \\ backslash safe?",
                form.selectFirst("fieldset > legend .quiz-kicker").nextSibling().outerHtml().strip().replace("&quot;", "\""));
        for (Element input : form.select("input")) {
            assertEquals(1, form.select("label[for=" + input.id() + "]").size(), "every input has a label");
        }
        assertEquals("radio", form.selectFirst("input").attr("type"));
        assertEquals("polite", form.selectFirst(".quiz-feedback").attr("aria-live"));
        assertEquals("status", form.selectFirst(".quiz-feedback").attr("role"));
        assertTrue(form.selectFirst("details.quiz-answer").text().contains("Explained."));
        assertTrue(form.selectFirst("button.quiz-check").hasAttr("hidden"), "the Check button appears only with the script");
        assertTrue(form.selectFirst("button.quiz-check").hasAttr("disabled"),
                "without the script, Enter in the form must not submit it and reload the page");
        assertEquals("true", form.selectFirst(".quiz-feedback").attr("aria-atomic"), "the whole verdict is read on every change");
    }

    @Test
    void aNumericAnswerIsShownUngroupedWithTheLanguagesDecimalMarkAndItsMarksAreGivenToTheScript() throws Exception {
        String year = "id: q1\ntype: numeric\nquestion: Which year?\nanswer: 2022\n";
        for (String lang : new String[] {"en", "fr", "es", "ru", "ar", "zh"}) {
            Element answer = render(year, LocaleInfo.of(lang), Map.of()).selectFirst("details.quiz-answer p");
            assertEquals("Answer: 2022", answer.text(), lang + ": a year is never grouped");
        }
        Document french = render("id: q2\ntype: numeric\nquestion: How much?\nanswer: 12345.25\ntolerance: 0.5\n",
                LocaleInfo.of("fr"), Map.of());
        assertEquals("Answer: 12345,25 ± 0,5", french.selectFirst("details.quiz-answer p").text());
        JsonNode data = new ObjectMapper().readTree(french.selectFirst("script.quiz-data").data());
        assertEquals(",", data.get("decimal").asText());
        assertEquals("\u202f", data.get("group").asText(), "French groups with a narrow no-break space");
        assertEquals(12345.25, data.get("number").asDouble());
    }

    @Test
    void theAnswerOfAMatchingQuizPointsFromTermToMatchInTheReadingDirection() {
        String matching = """
                id: m1
                type: matching
                question: Match them.
                pairs:
                  - left: Model
                    right: What training produces
                  - left: Data
                    right: The examples
                """;
        String english = render(matching, LocaleInfo.of("en"), Map.of()).selectFirst("details.quiz-answer").text();
        assertTrue(english.contains("Model → What training produces"), english);
        String arabic = render(matching, LocaleInfo.of("ar"), Map.of("Model", "النموذج", "What training produces", "ما ينتجه التدريب"))
                .selectFirst("details.quiz-answer").text();
        assertTrue(arabic.contains("النموذج ← ما ينتجه التدريب"), "right to left, the arrow points left: " + arabic);
    }

    @Test
    void embedsItsDataAsJsonThatCannotCloseTheScriptElement() throws Exception {
        Document doc = render(HOSTILE, LocaleInfo.of("en"), Map.of());
        String raw = doc.selectFirst("script.quiz-data").data();
        assertFalse(raw.contains("</script") || raw.contains("<!--"), raw);
        JsonNode data = new ObjectMapper().readTree(raw);
        assertEquals("[0]", data.get("correct").toString());
        assertEquals("It is escaped &lt;!--", data.get("feedback").get(0).asText());
        assertEquals(1, doc.select("script").size(), "the hostile strings did not open another script");
    }

    @Test
    void marksUntranslatedStringsWithTheSourceLanguageAndUsesTranslations() {
        Document doc = render(HOSTILE, LocaleInfo.of("ar"), Map.of("No", "لا"));
        Element form = doc.selectFirst("form.quiz");
        Element no = form.selectFirst("label[for=quiz-q1-1]");
        assertEquals("لا", no.text());
        assertFalse(no.hasAttr("lang"));
        Element yes = form.selectFirst("label[for=quiz-q1-0]");
        assertEquals("en", yes.attr("lang"));
        assertEquals("ltr", yes.attr("dir"));
    }

    @Test
    void orderingAndMatchingAreSelectsSoTheyWorkWithoutDragging() {
        Document doc = render("""
                id: o
                type: ordering
                question: Order them.
                items: [First, Second, Third]
                """, LocaleInfo.of("en"), Map.of());
        assertEquals(3, doc.select("ol.quiz-order select").size());
        assertEquals("Second", doc.selectFirst("ol.quiz-order label").text(), "items are not shown in the right order");
        assertTrue(doc.selectFirst("details.quiz-answer ol").text().startsWith("First Second Third"));
    }

    @Test
    void aMatchingQuizLooksUpAndRendersEachOfItsTextsOnceThoughEverySelectOffersEveryMatch() {
        StringBuilder yaml = new StringBuilder("id: many\ntype: matching\nquestion: Match them.\npairs:\n");
        for (int i = 0; i < 40; i++) {
            yaml.append("  - left: Term ").append(i).append("\n    right: Meaning *").append(i).append("*\n");
        }
        Map<String, Integer> lookups = new HashMap<>();
        Map<String, Integer> rendered = new HashMap<>();
        MarkdownRenderer markdown = MarkdownRenderer.forReading(false);
        QuizHtml html = new QuizHtml(TestMessages.english(), LocaleInfo.of("fr"), LocaleInfo.of("en"), text -> {
            lookups.merge(text, 1, Integer::sum);
            return text.startsWith("Meaning") ? Optional.of("Sens" + text.substring("Meaning".length())) : Optional.empty();
        }, "course-a");
        Document doc = Jsoup.parseBodyFragment(html.render("quiz", yaml.toString(), 10, text -> {
            rendered.merge(text, 1, Integer::sum);
            return markdown.inline(text);
        }).orElseThrow());
        assertEquals(40, doc.select(".quiz-match select").size());
        assertEquals(40 * 41, doc.select(".quiz-match option").size());
        assertEquals("Sens 7", doc.selectFirst(".quiz-match option[value=7]").text());
        assertEquals(81, lookups.size(), "the question, 40 terms and 40 matches");
        assertTrue(lookups.values().stream().allMatch(n -> n == 1), "each text is looked up once: " + lookups);
        assertTrue(rendered.values().stream().allMatch(n -> n == 1), "each text is rendered once: " + rendered);
    }
}
