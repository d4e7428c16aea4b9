package org.moocbuilder.translate;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.io.StringWriter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.namespace.QName;
import javax.xml.stream.XMLEventReader;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.XMLStreamWriter;
import javax.xml.stream.events.XMLEvent;
import org.moocbuilder.content.Asset;
import org.moocbuilder.diag.Diagnostics;
import org.moocbuilder.diag.SourcePosition;
import org.moocbuilder.i18n.LocaleInfo;

/**
 * The words of an SVG diagram: the text directly inside its {@code <text>}, {@code <tspan>},
 * {@code <title>} and {@code <desc>} elements, each stretch between child elements one piece
 * (a {@code <tspan>} line is its own piece); and the same diagram with those pieces replaced by
 * a language's translations.
 *
 * <p>Both directions go through the JDK's StAX reader and writer, so a translation is character
 * data the writer escapes: whatever a translator types ({@code </text><script>}) stays text and
 * can never become markup. The reader resolves no external entity and loads no DTD.
 */
public final class DiagramText {

    private static final Set<String> TEXT_ELEMENTS = Set.of("text", "tspan", "title", "desc");
    private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");
    private static final QName XML_LANG = new QName(XMLConstants.XML_NS_URI, "lang");
    private static final QName DIRECTION = new QName("direction");

    /**
     * One piece of text of a diagram.
     *
     * @param element the name of the element holding it ({@code tspan})
     * @param owner   the element's number in document order, counting from 0
     * @param text    the text with runs of white space made single, as a segment's text is
     * @param line    where it ends in the file (the reader's position), from 1
     */
    public record Piece(String element, int owner, String text, int line, int column) {
    }

    private DiagramText() {
    }

    /** The pieces of an SVG in document order; pieces with no letter or digit (a lone "→") are left out. */
    public static List<Piece> pieces(String svg) throws XMLStreamException {
        List<Piece> pieces = new ArrayList<>();
        XMLEventReader events = factory().createXMLEventReader(new StringReader(svg));
        Deque<Integer> open = new ArrayDeque<>();
        Deque<String> names = new ArrayDeque<>();
        int elements = 0;
        while (events.hasNext()) {
            XMLEvent event = events.nextEvent();
            if (event.isStartElement()) {
                open.push(elements++);
                names.push(event.asStartElement().getName().getLocalPart());
            } else if (event.isEndElement()) {
                open.pop();
                names.pop();
            } else if (event.isCharacters() && !open.isEmpty() && TEXT_ELEMENTS.contains(names.peek())) {
                String text = normalized(event.asCharacters().getData());
                if (text.codePoints().anyMatch(Character::isLetterOrDigit)) {
                    pieces.add(new Piece(names.peek(), open.peek(), text, event.getLocation().getLineNumber(),
                            event.getLocation().getColumnNumber()));
                }
            }
        }
        return pieces;
    }

    /**
     * The diagram in another language, or empty when no piece has a translation (the original is
     * then published as it is). The root gets the language's {@code xml:lang}, and
     * {@code direction="rtl"} for a right-to-left language; an element whose text stays in the
     * source language is marked with the source's language (and direction, where it differs).
     *
     * @param translation the translation to show for a piece's text, if any
     */
    public static Optional<String> translate(String svg, Function<String, Optional<String>> translation,
                                             LocaleInfo target, LocaleInfo source) throws XMLStreamException {
        Map<Integer, LocaleInfo> languageOf = new HashMap<>();
        Map<String, Optional<String>> translated = new HashMap<>();
        for (Piece piece : pieces(svg)) {
            Optional<String> shown = translated.computeIfAbsent(piece.text(), translation);
            // An element with any piece translated is in the target language; the rest keep the source's.
            languageOf.merge(piece.owner(), shown.isPresent() ? target : source, (a, b) -> a.equals(target) ? a : b);
        }
        if (!languageOf.containsValue(target)) {
            return Optional.empty();
        }
        StringWriter out = new StringWriter(svg.length() + 256);
        XMLStreamWriter writer = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(out);
        XMLStreamReader reader = factory().createXMLStreamReader(new StringReader(svg));
        Deque<LocaleInfo> inherited = new ArrayDeque<>();
        Deque<String> names = new ArrayDeque<>();
        int elements = 0;
        if (reader.getVersion() != null) {
            writer.writeStartDocument("UTF-8", reader.getVersion());
        }
        int event = reader.next();
        while (event != XMLStreamConstants.END_DOCUMENT) {
            if (event != XMLStreamConstants.START_ELEMENT) {
                if (event == XMLStreamConstants.END_ELEMENT) {
                    inherited.pop();
                }
                copy(reader, event, writer, names, translated);
                event = reader.next();
                continue;
            }
            int number = elements++;
            LocaleInfo parent = inherited.peek();
            LocaleInfo own = parent == null ? target : languageOf.getOrDefault(number, parent);
            QName name = reader.getName();
            List<String[]> attributes = attributes(reader, parent == null || languageOf.containsKey(number), own, parent);
            List<String[]> namespaces = namespaces(reader);
            // The next event tells an empty element (<rect/>), which is written as one; any other is handled next round.
            event = reader.next();
            boolean empty = event == XMLStreamConstants.END_ELEMENT;
            if (empty) {
                writer.writeEmptyElement(name.getPrefix(), name.getLocalPart(), name.getNamespaceURI());
                event = reader.next();
            } else {
                writer.writeStartElement(name.getPrefix(), name.getLocalPart(), name.getNamespaceURI());
                inherited.push(own);
                names.push(name.getLocalPart());
            }
            for (String[] namespace : namespaces) {
                writer.writeNamespace(namespace[0], namespace[1]);
            }
            for (String[] attribute : attributes) {
                writer.writeAttribute(attribute[0], attribute[1], attribute[2], attribute[3]);
            }
        }
        writer.writeEndDocument();
        writer.close();
        return Optional.of(out.toString());
    }

    /** Writes one event other than a start tag; the text of a text element is replaced by its translation. */
    private static void copy(XMLStreamReader reader, int event, XMLStreamWriter writer, Deque<String> names,
                             Map<String, Optional<String>> translated) throws XMLStreamException {
        switch (event) {
            case XMLStreamConstants.END_ELEMENT -> {
                names.pop();
                writer.writeEndElement();
            }
            case XMLStreamConstants.CHARACTERS, XMLStreamConstants.SPACE, XMLStreamConstants.CDATA -> {
                String text = reader.getText();
                Optional<String> shown = !names.isEmpty() && TEXT_ELEMENTS.contains(names.peek())
                        ? translated.getOrDefault(normalized(text), Optional.empty()) : Optional.empty();
                writer.writeCharacters(shown.map(t -> keepOuterSpace(text, t)).orElse(text));
            }
            case XMLStreamConstants.COMMENT -> writer.writeComment(reader.getText());
            case XMLStreamConstants.PROCESSING_INSTRUCTION -> writer.writeProcessingInstruction(reader.getPITarget(), reader.getPIData());
            // Not copied: browsers ignore an SVG's DTD, and with DTDs off the reader does not give
            // an internal subset back as text (SRC004 refuses a file that has one anyway).
            case XMLStreamConstants.DTD -> { }
            default -> {
                // START_DOCUMENT is written before the loop; the reader resolves entity references itself.
            }
        }
    }

    /**
     * An element's attributes in the order written, each {prefix, namespace, name, value}; for an
     * element to mark, its language and direction set where they differ from the parent's.
     */
    private static List<String[]> attributes(XMLStreamReader reader, boolean mark, LocaleInfo own, LocaleInfo parent) {
        List<String[]> attributes = new ArrayList<>();
        for (int i = 0; i < reader.getAttributeCount(); i++) {
            QName name = reader.getAttributeName(i);
            if (!mark || !name.equals(XML_LANG) && !name.equals(DIRECTION)) {
                attributes.add(new String[] {name.getPrefix(), name.getNamespaceURI(), name.getLocalPart(),
                        reader.getAttributeValue(i)});
            }
        }
        if (mark && (parent == null || !own.tag().equals(parent.tag()))) {
            attributes.add(new String[] {"xml", XMLConstants.XML_NS_URI, "lang", own.tag()});
        }
        if (mark && (parent == null ? own.isRightToLeft() : !own.dir().equals(parent.dir()))) {
            attributes.add(new String[] {"", "", "direction", own.dir()});
        }
        return attributes;
    }

    /** The namespaces an element declares, each {prefix, URI}. */
    private static List<String[]> namespaces(XMLStreamReader reader) {
        List<String[]> namespaces = new ArrayList<>();
        for (int i = 0; i < reader.getNamespaceCount(); i++) {
            String prefix = reader.getNamespacePrefix(i);
            namespaces.add(new String[] {prefix == null ? "" : prefix, reader.getNamespaceURI(i)});
        }
        return namespaces;
    }

    /** The translation with the white space the original text had around it, so layout by indentation stays. */
    private static String keepOuterSpace(String original, String translation) {
        String lead = original.substring(0, original.length() - original.stripLeading().length());
        String trail = original.substring(original.stripTrailing().length());
        return lead + translation + trail;
    }

    private static String normalized(String text) {
        return WHITE_SPACE.matcher(text).replaceAll(" ").strip();
    }

    /**
     * The JDK's own reader, set to load no DTD, resolve no external entity and hand text over in
     * one piece. Asked for directly: {@code newFactory} would first look for another
     * implementation (system property, configuration files, the jar's service entries) on every
     * call, and could pick up one these settings were not written for.
     */
    private static XMLInputFactory factory() {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        return factory;
    }

    /** The line and column the XML reader stopped at, when it says. */
    private static SourcePosition where(String shown, Exception e) {
        if (e instanceof XMLStreamException xml && xml.getLocation() != null && xml.getLocation().getLineNumber() > 0) {
            return SourcePosition.at(shown, xml.getLocation().getLineNumber(), Math.max(1, xml.getLocation().getColumnNumber()));
        }
        return SourcePosition.ofFile(shown);
    }

    /** The reader's own words, without the position it prefixes them with (the finding has it). */
    private static String reason(Exception e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().strip();
        int at = message.indexOf("Message:");
        return at >= 0 ? message.substring(at + "Message:".length()).strip() : message.lines().findFirst().orElse(message);
    }

    /**
     * The text of a course's SVG diagram as a page of its own (its output path is the image's),
     * each piece a segment whose comment names the element and the file; empty when the diagram
     * has no text, or cannot be read as XML (TR031: it is then published as it is).
     */
    public static Optional<PageText> page(Asset asset, SegmentFinder finder, Diagnostics diagnostics) {
        String shown = "content/" + asset.sitePath();
        List<Piece> pieces;
        try {
            pieces = pieces(Files.readString(asset.file(), StandardCharsets.UTF_8));
        } catch (IOException | XMLStreamException e) {
            diagnostics.warning("TR031", where(shown, e), "the text of this SVG diagram is not offered for"
                    + " translation: it cannot be read as XML (" + reason(e) + ")",
                    "save it again as plain SVG from the drawing program; until then every language shows it as it is");
            return Optional.empty();
        }
        if (pieces.isEmpty()) {
            return Optional.empty();
        }
        String name = asset.file().getFileName().toString();
        List<Segment> segments = pieces.stream().map(piece -> finder.field(SegmentKind.DIAGRAM_TEXT, piece.text(),
                SourcePosition.at(shown, piece.line(), piece.column()),
                SegmentKind.DIAGRAM_TEXT.label() + ", <" + piece.element() + "> in " + name)).toList();
        return Optional.of(new PageText(shown, asset.outputPath(), segments, null, List.of(), List.of(), Map.of()));
    }

    /**
     * The diagram with {@code translator}'s translations for {@code target}, or empty when none of
     * its text is translated or it cannot be read (already reported when its text was cut).
     */
    static Optional<String> translated(Asset asset, Translator translator, LocaleInfo target, LocaleInfo source) {
        try {
            return translate(Files.readString(asset.file(), StandardCharsets.UTF_8), translator::translatePlain, target, source);
        } catch (IOException | XMLStreamException e) {
            return Optional.empty();
        }
    }

    /** Whether a file is an SVG, by its name. */
    public static boolean isSvg(String name) {
        return name.toLowerCase(Locale.ROOT).endsWith(".svg");
    }
}
