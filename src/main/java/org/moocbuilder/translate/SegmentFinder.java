package org.moocbuilder.translate;

import com.ibm.icu.util.ULocale;
import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ext.admonition.AdmonitionBlock;
import com.vladsch.flexmark.ext.attributes.AttributesNode;
import com.vladsch.flexmark.ext.definition.DefinitionItem;
import com.vladsch.flexmark.ext.definition.DefinitionTerm;
import com.vladsch.flexmark.ext.footnotes.FootnoteBlock;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TableSeparator;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.moocbuilder.content.MarkdownSource;
import org.moocbuilder.diag.Diagnostics;
import org.moocbuilder.diag.SourcePosition;
import org.moocbuilder.markdown.MarkdownRenderer;
import org.moocbuilder.markdown.TextLines;
import org.moocbuilder.memo.Memo;
import org.moocbuilder.quiz.Quiz;
import org.moocbuilder.quiz.QuizParser;

/**
 * Cuts a Markdown text into segments: one per heading, paragraph, list item, table cell, quoted
 * paragraph, term, definition, callout title, footnote, and alt text and title of an image standing alone.
 * Code is never a segment. Inline markup stays inside its segment as Markdown.
 */
public final class SegmentFinder {

    private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");

    private final MarkdownRenderer markdown;
    private final ULocale sourceLocale;
    private final Memo memo;

    /** @param sourceLocale the language of the source, whose word rules count the words of segments */
    public SegmentFinder(MarkdownRenderer markdown, ULocale sourceLocale) {
        this(markdown, sourceLocale, Memo.none());
    }

    /** A finder that keeps what it found in {@code memo}: a live rebuild cuts again only the pages that changed. */
    public SegmentFinder(MarkdownRenderer markdown, ULocale sourceLocale, Memo memo) {
        this.markdown = markdown;
        this.sourceLocale = sourceLocale;
        this.memo = memo;
    }

    /** A segment for a front matter or settings field. */
    public Segment field(SegmentKind kind, String value, SourcePosition at) {
        return field(kind, value, at, kind.label());
    }

    /** A segment outside any Markdown body (a field, a diagram's text), with what translators are told it is. */
    public Segment field(SegmentKind kind, String value, SourcePosition at, String label) {
        return new Segment(kind, value, -1, -1, at, new Words(sourceLocale).count(value), label);
    }

    /** The segments of a text and the ids of its headings, for {@link Translator#apply}. */
    public record Found(List<Segment> segments, List<Segment> quizTexts, Map<Integer, String> headingIds) {
    }

    public Found find(MarkdownSource source) {
        // Parsing reads no setting of the renderer that differs between sites (raw HTML and UI
        // texts only change how a page is drawn), so the text and its language decide the result.
        return memo.get("segments", List.of(sourceLocale, source), () -> cut(source));
    }

    private Found cut(MarkdownSource source) {
        Document document = markdown.parse(source.markdown());
        String text = source.markdown();
        TextLines lines = new TextLines(text);
        Words words = new Words(sourceLocale);
        List<Segment> segments = new ArrayList<>();
        List<Segment> quizzes = new ArrayList<>();
        for (Node node : document.getDescendants()) {
            if (node instanceof Heading || node instanceof TableCell && !inSeparator(node)) {
                block(node, kindOf(node), text, source, lines, words, segments);
            } else if (node instanceof Paragraph paragraph && !isImageOnly(paragraph)) {
                block(node, kindOf(node), text, source, lines, words, segments);
            } else if (node instanceof Image image && isImageOnly(image.getParent())) {
                BasedSequence alt = image.getText();
                add(SegmentKind.ALT_TEXT, alt.getStartOffset(), alt.getEndOffset(), text, source, lines, words, segments);
                BasedSequence title = image.getTitle();
                if (title.isNotNull() && !title.isBlank()) {
                    add(SegmentKind.IMAGE_TITLE, title.getStartOffset(), title.getEndOffset(), text, source, lines, words, segments);
                }
            } else if (node instanceof FencedCodeBlock fence && fence.getInfo().toString().strip().equals("quiz")) {
                quizTexts(fence, document, source, words, quizzes);
            } else if (node instanceof AdmonitionBlock callout && !callout.getTitle().isBlank()) {
                BasedSequence title = callout.getTitle();
                add(SegmentKind.CALLOUT_TITLE, title.getStartOffset(), title.getEndOffset(), text, source, lines, words, segments);
            }
        }
        segments.sort(Comparator.comparingInt(Segment::start));
        return new Found(List.copyOf(segments), List.copyOf(quizzes), markdown.headingIds(document));
    }

    private static void block(Node node, SegmentKind kind, String text, MarkdownSource source, TextLines lines,
                              Words words, List<Segment> out) {
        Node first = null;
        Node last = null;
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof AttributesNode) {
                continue;
            }
            if (first == null) {
                first = child;
            }
            if (!(child instanceof SoftLineBreak || child instanceof HardLineBreak)) {
                last = child;
            }
        }
        if (first != null && last != null) {
            add(kind, first.getStartOffset(), last.getEndOffset(), text, source, lines, words, out);
        }
    }

    private static void add(SegmentKind kind, int start, int end, String text, MarkdownSource source, TextLines lines,
                            Words words, List<Segment> out) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (start >= end) {
            return;
        }
        String normalized = normalize(text.substring(start, end));
        if (normalized.isEmpty()) {
            return;
        }
        out.add(new Segment(kind, normalized, start, end, SourcePosition.at(source.file(), source.firstLine() + lines.lineOf(start),
                lines.columnOf(start)), words.count(normalized)));
    }

    /**
     * The texts of a quiz: they are translated when the quiz is drawn, not replaced in the
     * Markdown, so they are segments outside the body (start -1), each at its line in the fence.
     */
    private static void quizTexts(FencedCodeBlock fence, Document document, MarkdownSource source, Words words,
                                  List<Segment> out) {
        String yaml = fence.getContentChars().toString();
        int firstLine = source.firstLine() + document.getLineNumber(fence.getContentChars().getStartOffset());
        QuizParser.parse(yaml, source.file(), firstLine, new Diagnostics()).ifPresent(quiz -> {
            List<Quiz.Text> texts = quiz.texts();
            // Each text is placed where it (its first accepted answer) first occurs in the fence.
            int[] found = FirstOccurrences.of(yaml, texts.stream().map(text -> Quiz.acceptedAnswers(text.text()).get(0)).toList());
            TextLines lines = new TextLines(yaml);
            for (int i = 0; i < texts.size(); i++) {
                Quiz.Text text = texts.get(i);
                int line = firstLine + (found[i] < 0 ? 0 : lines.lineOf(found[i]));
                out.add(new Segment(SegmentKind.QUIZ, text.text(), -1, -1, SourcePosition.at(source.file(), line, 1),
                        words.count(text.text()), text.kind()));
            }
        });
    }

    /** Joins the lines of a segment (dropping quote markers) and makes runs of white space single. */
    static String normalize(String markdown) {
        String joined = joinLines(markdown);
        // Most segments have single spaces only, and the regular expression was a tenth of the cut.
        return (collapsible(joined) ? WHITE_SPACE.matcher(joined).replaceAll(" ") : joined).strip();
    }

    /** The lines of a segment, stripped and without quote markers, joined by single spaces. */
    static String joinLines(String markdown) {
        StringBuilder joined = new StringBuilder();
        for (String line : markdown.split("\n")) {
            String stripped = line.strip();
            while (stripped.startsWith(">")) {
                stripped = stripped.substring(1).strip();
            }
            if (!joined.isEmpty()) {
                joined.append(' ');
            }
            joined.append(stripped);
        }
        return joined.toString();
    }

    /** Whether {@link #WHITE_SPACE} would change the text: a white-space character other than a lone space. */
    private static boolean collapsible(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r'
                    || (c == ' ' && i + 1 < text.length() && text.charAt(i + 1) == ' ')) {
                return true;
            }
        }
        return false;
    }

    private static SegmentKind kindOf(Node node) {
        if (node instanceof Heading) {
            return SegmentKind.HEADING;
        }
        if (node instanceof TableCell) {
            return SegmentKind.TABLE_CELL;
        }
        Node parent = node.getParent();
        // flexmark's definition terms and items are list items too, so they are asked first.
        if (parent instanceof DefinitionTerm) {
            return SegmentKind.TERM;
        }
        if (parent instanceof DefinitionItem) {
            return SegmentKind.DEFINITION;
        }
        if (parent instanceof ListItem) {
            return SegmentKind.LIST_ITEM;
        }
        if (parent instanceof BlockQuote) {
            return SegmentKind.QUOTE;
        }
        if (parent instanceof FootnoteBlock) {
            return SegmentKind.FOOTNOTE;
        }
        if (parent instanceof AdmonitionBlock) {
            return SegmentKind.CALLOUT;
        }
        return SegmentKind.PARAGRAPH;
    }

    private static boolean inSeparator(Node node) {
        for (Node up = node.getParent(); up != null; up = up.getParent()) {
            if (up instanceof TableSeparator) {
                return true;
            }
        }
        return false;
    }

    /** A paragraph that holds an image and nothing else: its alt text is the segment. */
    private static boolean isImageOnly(Node paragraph) {
        if (!(paragraph instanceof Paragraph)) {
            return false;
        }
        boolean image = false;
        for (Node child = paragraph.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof Image) {
                image = true;
            } else if (!(child instanceof SoftLineBreak) && !child.getChars().isBlank()) {
                return false;
            }
        }
        return image;
    }
}
