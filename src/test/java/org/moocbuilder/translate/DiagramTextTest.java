package org.moocbuilder.translate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.stream.XMLStreamException;
import org.junit.jupiter.api.Test;
import org.moocbuilder.i18n.LocaleInfo;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class DiagramTextTest {

    private static final String SVG = """
            <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 200 100" role="img">
            <title>Data flows into a model</title>
            <desc>Two boxes joined by an arrow.</desc>
            <rect width="80" height="40"/>
            <text x="40" y="20" text-anchor="middle">Data &amp; labels</text>
            <text x="140" y="20"><tspan x="140" dy="0">Trained</tspan><tspan x="140" dy="14">model</tspan></text>
            <text x="100" y="60">→</text>
            </svg>
            """;

    private static final LocaleInfo EN = LocaleInfo.of("en");
    private static final LocaleInfo AR = LocaleInfo.of("ar");

    private static Document xml(String text) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void theTextOfTitlesDescriptionsTextsAndLinesIsCutIntoPiecesWithTheirElement() throws XMLStreamException {
        List<DiagramText.Piece> pieces = DiagramText.pieces(SVG);
        assertEquals(List.of("title: Data flows into a model", "desc: Two boxes joined by an arrow.", "text: Data & labels",
                "tspan: Trained", "tspan: model"), pieces.stream().map(p -> p.element() + ": " + p.text()).toList(),
                "the lone arrow has no word to translate");
        assertEquals(2, pieces.get(0).line());
    }

    @Test
    void aLanguageGetsItsTranslationsWithItsLanguageAndDirectionAndTheRestMarkedAsSource() throws Exception {
        Map<String, String> arabic = Map.of("Data flows into a model", "البيانات تتدفق إلى نموذج", "Data & labels",
                "البيانات والتسميات", "Trained", "مدرَّب");
        String svg = DiagramText.translate(SVG, text -> Optional.ofNullable(arabic.get(text)), AR, EN).orElseThrow();
        Element root = xml(svg).getDocumentElement();
        assertEquals("ar", root.getAttributeNS("http://www.w3.org/XML/1998/namespace", "lang"));
        assertEquals("rtl", root.getAttribute("direction"));
        assertEquals("البيانات تتدفق إلى نموذج", root.getElementsByTagName("title").item(0).getTextContent());
        Element desc = (Element) root.getElementsByTagName("desc").item(0);
        assertEquals("en", desc.getAttributeNS("http://www.w3.org/XML/1998/namespace", "lang"), "left in English, and said so");
        assertEquals("ltr", desc.getAttribute("direction"));
        assertEquals("البيانات والتسميات", root.getElementsByTagName("text").item(0).getTextContent());
        assertEquals("middle", ((Element) root.getElementsByTagName("text").item(0)).getAttribute("text-anchor"));
        NodeList lines = root.getElementsByTagName("tspan");
        assertEquals("مدرَّب", lines.item(0).getTextContent());
        assertFalse(((Element) lines.item(0)).hasAttributeNS("http://www.w3.org/XML/1998/namespace", "lang"),
                "inherits Arabic from the root");
        assertEquals("en", ((Element) lines.item(1)).getAttributeNS("http://www.w3.org/XML/1998/namespace", "lang"));
        assertEquals(1, root.getElementsByTagName("rect").getLength());
    }

    @Test
    void aTranslationIsTextEvenWhenItIsMarkup() throws Exception {
        String hostile = "</text><script>alert(1)</script><text onload=\"x()\">&amp;";
        String svg = DiagramText.translate(SVG, text -> text.equals("Trained") ? Optional.of(hostile) : Optional.empty(),
                LocaleInfo.of("fr"), EN).orElseThrow();
        Document document = xml(svg);
        assertEquals(0, document.getElementsByTagName("script").getLength(), svg);
        assertEquals(hostile, document.getElementsByTagName("tspan").item(0).getTextContent());
        assertEquals(3, document.getElementsByTagName("text").getLength());
        assertFalse(svg.contains("<script"), svg);
        assertEquals(Optional.empty(), org.moocbuilder.source.SvgCheck.activeContent(svg), "SRC004's check finds nothing to run");
    }

    @Test
    void aDiagramWithNoTranslatedTextIsNotRewritten() throws XMLStreamException {
        assertEquals(Optional.empty(), DiagramText.translate(SVG, text -> Optional.empty(), AR, EN));
    }

    @Test
    void aDocumentTypeLoadsNothingAndAnEntityIsRefused() {
        String external = """
                <?xml version="1.0"?>
                <!DOCTYPE svg [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
                <svg xmlns="http://www.w3.org/2000/svg"><text>&secret;</text></svg>
                """;
        assertTrue(org.junit.jupiter.api.Assertions.assertThrows(XMLStreamException.class, () -> DiagramText.pieces(external))
                .getMessage().contains("secret"));
    }
}
