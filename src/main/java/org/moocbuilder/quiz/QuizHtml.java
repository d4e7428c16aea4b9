package org.moocbuilder.quiz;

import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.ibm.icu.text.DecimalFormatSymbols;
import com.ibm.icu.text.NumberFormat;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Entities;
import org.moocbuilder.diag.Diagnostics;
import org.moocbuilder.i18n.LocaleInfo;
import org.moocbuilder.i18n.Messages;
import org.moocbuilder.markdown.BlockRenderer;

/**
 * Draws a quiz as a form that works with the keyboard and a screen reader: a fieldset whose
 * legend is the question, real radio buttons, checkboxes, text fields and selects with labels,
 * a Check button (shown by the script), a live region for feedback, and the answer in a
 * {@code <details>} so the quiz still teaches without JavaScript. The grading data is embedded
 * as JSON that cannot close its script element.
 */
public final class QuizHtml implements BlockRenderer {

    private static final Pattern NOT_IN_ID = Pattern.compile("[^A-Za-z0-9_-]");
    private static final ObjectMapper JSON = new ObjectMapper(new JsonFactoryBuilder().characterEscapes(new HtmlSafeEscapes()).build());

    private final Messages messages;
    private final LocaleInfo page;
    private final LocaleInfo source;
    private final Function<String, Optional<String>> translate;
    private final String course;

    /**
     * @param translate the translation of a source string in the page's language, if there is one
     * @param course    the course the quiz belongs to, which keys the learner's saved progress
     */
    public QuizHtml(Messages messages, LocaleInfo page, LocaleInfo source, Function<String, Optional<String>> translate,
                    String course) {
        this.messages = messages;
        this.page = page;
        this.source = source;
        this.translate = translate;
        this.course = course;
    }

    @Override
    public Optional<String> render(String info, String content, int firstLine, InlineMarkdown inline) {
        if (!info.equals("quiz")) {
            return Optional.empty();
        }
        return QuizParser.parse(content, "", firstLine, new Diagnostics()).map(quiz -> html(quiz, inline));
    }

    /** A string of the quiz in the page's language, or in the source language, marked, while untranslated. */
    private record Piece(String html, boolean foreign) {
    }

    private Piece piece(String text, InlineMarkdown inline) {
        Optional<String> translated = page.equals(source) ? Optional.of(text) : translate.apply(text);
        return translated.map(t -> new Piece(inline.toHtml(t), false)).orElseGet(() -> new Piece(inline.toHtml(text), true));
    }

    /**
     * The strings of one quiz, each looked up and rendered once however often the form shows it
     * (every right side of a matching quiz is an option of every select).
     */
    private final class Pieces {
        private final Map<String, Piece> drawn = new HashMap<>();
        private final InlineMarkdown inline;

        Pieces(InlineMarkdown inline) {
            this.inline = inline;
        }

        Piece of(String text) {
            Piece piece = drawn.get(text);
            if (piece == null) {
                piece = piece(text, inline);
                drawn.put(text, piece);
            }
            return piece;
        }
    }

    private String attrs(Piece piece) {
        return piece.foreign() ? " lang=\"" + source.tag() + "\" dir=\"" + source.dir() + "\"" : "";
    }

    private String span(Piece piece) {
        return piece.foreign() ? "<span" + attrs(piece) + ">" + piece.html() + "</span>" : piece.html();
    }

    private static String esc(String text) {
        return Entities.escape(text);
    }

    private String html(Quiz quiz, InlineMarkdown inline) {
        Pieces pieces = new Pieces(inline);
        String id = "quiz-" + NOT_IN_ID.matcher(quiz.id()).replaceAll("-");
        StringBuilder out = new StringBuilder();
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("id", quiz.id());
        data.put("type", quiz.type().label());
        data.put("course", course);
        out.append("<form class=\"quiz\" id=\"").append(id).append("\" data-quiz=\"").append(esc(quiz.id()))
                .append("\" novalidate>\n<fieldset>\n<legend><span class=\"quiz-kicker\">").append(esc(messages.format("quiz.label")))
                .append("</span> ").append(span(pieces.of(quiz.question()))).append("</legend>\n");
        List<String> answer = new ArrayList<>();
        switch (quiz.type()) {
            case SINGLE, MULTIPLE -> {
                String input = quiz.type() == QuizType.SINGLE ? "radio" : "checkbox";
                List<Integer> correct = new ArrayList<>();
                List<String> feedback = new ArrayList<>();
                out.append("<div class=\"quiz-options\">\n");
                for (int i = 0; i < quiz.choices().size(); i++) {
                    Quiz.Choice choice = quiz.choices().get(i);
                    Piece text = pieces.of(choice.text());
                    option(out, id, i, input, text);
                    if (choice.correct()) {
                        correct.add(i);
                        answer.add(span(text));
                    }
                    feedback.add(choice.feedback().isEmpty() ? "" : span(pieces.of(choice.feedback())));
                }
                out.append("</div>\n");
                data.put("correct", correct);
                data.put("feedback", feedback);
            }
            case TRUE_FALSE -> {
                out.append("<div class=\"quiz-options\">\n");
                option(out, id, 0, "radio", new Piece(esc(messages.format("quiz.true")), false));
                option(out, id, 1, "radio", new Piece(esc(messages.format("quiz.false")), false));
                out.append("</div>\n");
                data.put("correct", List.of(quiz.answer() ? 0 : 1));
                answer.add(esc(messages.format(quiz.answer() ? "quiz.true" : "quiz.false")));
            }
            case NUMERIC, SHORT_TEXT -> {
                boolean numeric = quiz.type() == QuizType.NUMERIC;
                out.append("<div class=\"quiz-field\"><label for=\"").append(id).append("-input\">")
                        .append(esc(messages.format("quiz.yourAnswer"))).append("</label> <input type=\"text\" id=\"")
                        .append(id).append("-input\" name=\"").append(id).append("\" autocomplete=\"off\"")
                        .append(numeric ? " inputmode=\"decimal\" dir=\"ltr\"" : "").append("></div>\n");
                if (numeric) {
                    NumberFormat format = answerFormat(page);
                    DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(page.locale());
                    data.put("number", quiz.number());
                    data.put("tolerance", quiz.tolerance());
                    // The script reads a learner's "1.234" or "1,5" with the page language's marks.
                    data.put("decimal", String.valueOf(symbols.getDecimalSeparator()));
                    data.put("group", String.valueOf(symbols.getGroupingSeparator()));
                    answer.add(esc(format.format(quiz.number()) + (quiz.tolerance() > 0 ? " ± " + format.format(quiz.tolerance()) : "")));
                } else {
                    Optional<String> own = page.equals(source) ? Optional.of(quiz.acceptedText())
                            : translate.apply(quiz.acceptedText());
                    List<String> accepted = Quiz.acceptedAnswers(own.orElse(quiz.acceptedText()));
                    data.put("accepted", accepted);
                    data.put("acceptedLang", own.isPresent() ? page.tag() : source.tag());
                    Piece shown = new Piece(esc(String.join(" / ", accepted)), own.isEmpty());
                    answer.add(span(shown));
                }
            }
            case ORDERING -> {
                int n = quiz.items().size();
                List<Integer> positions = new ArrayList<>();
                out.append("<ol class=\"quiz-order\">\n");
                List<Integer> order = shuffled(quiz.id(), n);
                // Every select offers the same positions: drawn once, for all of them.
                NumberFormat format = NumberFormat.getInstance(page.locale());
                StringBuilder choices = new StringBuilder("<option value=\"\">").append(esc(messages.format("quiz.position")))
                        .append("…</option>");
                for (int p = 1; p <= n; p++) {
                    choices.append("<option value=\"").append(p).append("\">").append(esc(format.format(p))).append("</option>");
                }
                for (int shown = 0; shown < n; shown++) {
                    int item = order.get(shown);
                    positions.add(item + 1);
                    String field = id + "-o" + shown;
                    Piece text = pieces.of(quiz.items().get(item));
                    out.append("<li><label for=\"").append(field).append("\"").append(attrs(text)).append(">")
                            .append(text.html()).append("</label> <select id=\"").append(field).append("\">")
                            .append(choices).append("</select></li>\n");
                }
                out.append("</ol>\n");
                data.put("correct", positions);
                quiz.items().forEach(item -> answer.add(span(pieces.of(item))));
            }
            case MATCHING -> {
                int n = quiz.pairs().size();
                List<Integer> rights = shuffled(quiz.id() + "/right", n);
                List<Integer> matches = new ArrayList<>();
                // Every select offers the same right sides, in the same order: drawn once, for all of them.
                StringBuilder choices = new StringBuilder("<option value=\"\">").append(esc(messages.format("quiz.choose")))
                        .append("</option>");
                for (int shown = 0; shown < n; shown++) {
                    int right = rights.get(shown);
                    Piece option = pieces.of(quiz.pairs().get(right).right());
                    choices.append("<option value=\"").append(right).append("\"").append(attrs(option)).append(">")
                            .append(esc(Jsoup.parse(option.html()).text())).append("</option>");
                }
                // Arrows are not mirrored by bidi: in a right-to-left page the term is on the right.
                String arrow = page.isRightToLeft() ? " ← " : " → ";
                out.append("<div class=\"quiz-match\">\n");
                for (int left = 0; left < n; left++) {
                    String field = id + "-m" + left;
                    Piece text = pieces.of(quiz.pairs().get(left).left());
                    out.append("<div class=\"quiz-pair\"><label for=\"").append(field).append("\"").append(attrs(text)).append(">")
                            .append(text.html()).append("</label> <select id=\"").append(field).append("\">")
                            .append(choices).append("</select></div>\n");
                    matches.add(left);
                    answer.add(span(text) + arrow + span(pieces.of(quiz.pairs().get(left).right())));
                }
                out.append("</div>\n");
                data.put("correct", matches);
            }
        }
        out.append("</fieldset>\n");
        if (!quiz.hint().isEmpty()) {
            out.append("<details class=\"quiz-hint\"><summary>").append(esc(messages.format("quiz.hint"))).append("</summary><p>")
                    .append(span(pieces.of(quiz.hint()))).append("</p></details>\n");
        }
        // Disabled until the script runs: a form whose default button is disabled is never submitted
        // by Enter, so without the script Enter on a radio does not reload the page.
        out.append("<p class=\"quiz-actions\"><button type=\"submit\" class=\"quiz-check\" hidden disabled>")
                .append(esc(messages.format("quiz.check"))).append("</button></p>\n");
        out.append("<p class=\"quiz-feedback\" role=\"status\" aria-live=\"polite\" aria-atomic=\"true\"></p>\n");
        out.append("<details class=\"quiz-answer\"><summary>").append(esc(messages.format("quiz.showAnswer")))
                .append("</summary>\n<p>").append(esc(messages.format("quiz.answer"))).append(' ');
        if (answer.size() == 1) {
            out.append(answer.get(0)).append("</p>\n");
        } else {
            out.append("</p>\n<").append(quiz.type() == QuizType.ORDERING ? "ol" : "ul").append(">");
            answer.forEach(a -> out.append("<li>").append(a).append("</li>"));
            out.append("</").append(quiz.type() == QuizType.ORDERING ? "ol" : "ul").append(">\n");
        }
        if (!quiz.explanation().isEmpty()) {
            Piece explanation = pieces.of(quiz.explanation());
            out.append("<p").append(attrs(explanation)).append(">").append(explanation.html()).append("</p>\n");
        }
        out.append("</details>\n");
        Map<String, String> verdicts = new LinkedHashMap<>();
        for (String key : List.of("correct", "incorrect", "unanswered")) {
            verdicts.put(key, messages.format("quiz." + key));
        }
        data.put("messages", verdicts);
        data.put("lang", page.tag());
        out.append("<script type=\"application/json\" class=\"quiz-data\">").append(json(data)).append("</script>\n</form>");
        return out.toString();
    }

    /**
     * How a numeric answer is shown: in the page language's digits and decimal mark, as many
     * decimals as the author wrote, and never grouped, so a year or a code reads 2022 (not
     * "2,022" or "2 022") and can be typed exactly as shown.
     */
    static NumberFormat answerFormat(LocaleInfo page) {
        NumberFormat format = NumberFormat.getInstance(page.locale());
        format.setGroupingUsed(false);
        format.setMaximumFractionDigits(15);
        return format;
    }

    /**
     * A fixed order of {@code n} items that is not the right one: the same every build (output
     * stays byte-identical) but different for each quiz, so the answer cannot be guessed by position.
     */
    static List<Integer> shuffled(String seed, int n) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingInt((Integer i) -> (seed + "#" + i).hashCode()).thenComparing(i -> i));
        boolean identity = true;
        for (int i = 0; i < n; i++) {
            identity &= order.get(i) == i;
        }
        if (identity && n > 1) {
            order.add(order.remove(0));
        }
        return order;
    }

    private void option(StringBuilder out, String id, int index, String input, Piece text) {
        String field = id + "-" + index;
        out.append("<div class=\"quiz-option\"><input type=\"").append(input).append("\" name=\"").append(id)
                .append("\" id=\"").append(field).append("\" value=\"").append(index).append("\"><label for=\"").append(field)
                .append("\"").append(attrs(text)).append(">").append(text.html()).append("</label></div>\n");
    }

    /** JSON that is safe inside a script element: no string in it can end the element or open a comment. */
    public static String json(Object data) {
        try {
            return JSON.writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("quiz data is plain data", e);
        }
    }

    /** Escapes {@code < > &} so no string can close the script element or open a comment in it. */
    private static final class HtmlSafeEscapes extends CharacterEscapes {
        private final int[] escapes;

        HtmlSafeEscapes() {
            escapes = standardAsciiEscapesForJSON();
            escapes['<'] = CharacterEscapes.ESCAPE_STANDARD;
            escapes['>'] = CharacterEscapes.ESCAPE_STANDARD;
            escapes['&'] = CharacterEscapes.ESCAPE_STANDARD;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return escapes;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            return null;
        }
    }
}
