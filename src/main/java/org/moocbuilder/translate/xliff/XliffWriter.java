package org.moocbuilder.translate.xliff;

import java.io.StringWriter;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.moocbuilder.translate.Fingerprint;
import org.moocbuilder.translate.po.PoEntry;
import org.moocbuilder.translate.po.PoFile;

/**
 * Writes a PO bundle as XLIFF. Everything a PO entry holds travels with it (context, comments,
 * references, flags, the previous source, obsolete entries), so PO to XLIFF to PO loses nothing.
 * Parts XLIFF has no element for use notes with {@code from}/{@code category} names of our own
 * and attributes in the {@link #EXTENSIONS} namespace, which XLIFF allows.
 */
public final class XliffWriter {

    /** Our namespace for what XLIFF has no place for (gettext flags, obsolete entries). */
    public static final String EXTENSIONS = "https://moocbuilder.org/xliff/gettext";
    /** The {@code restype} of the unit that holds a PO header in XLIFF 1.2. */
    static final String HEADER_RESTYPE = "x-gettext-domain-header";
    /** The name of the context groups that hold a unit's file references in XLIFF 1.2. */
    static final String REFERENCE_GROUP = "po-reference";

    private XliffWriter() {
    }

    /**
     * @param original the bundle's name, e.g. {@code ai-public-sector.po}, kept in {@code original}
     */
    public static String write(PoFile po, String original, String sourceLanguage, String targetLanguage, XliffVersion version) {
        StringWriter text = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(text);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("xliff");
            xml.writeDefaultNamespace(version.namespace());
            xml.writeNamespace("g", EXTENSIONS);
            xml.writeAttribute("version", version.label());
            if (version == XliffVersion.V1_2) {
                v12(xml, po, original, sourceLanguage, targetLanguage);
            } else {
                xml.writeAttribute("srcLang", sourceLanguage);
                xml.writeAttribute("trgLang", targetLanguage);
                v20(xml, po, original);
            }
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("writing XLIFF to memory failed", e);
        }
        return text + "\n";
    }

    private static void v12(XMLStreamWriter xml, PoFile po, String original, String source, String target)
            throws XMLStreamException {
        xml.writeCharacters("\n  ");
        xml.writeStartElement("file");
        xml.writeAttribute("original", original);
        xml.writeAttribute("source-language", source);
        xml.writeAttribute("target-language", target);
        xml.writeAttribute("datatype", "po");
        xml.writeCharacters("\n    ");
        xml.writeStartElement("body");
        if (po.header() != null) {
            header12(xml, po.header());
        }
        int id = 0;
        for (PoEntry entry : po.entries()) {
            id++;
            xml.writeCharacters("\n      ");
            xml.writeStartElement("trans-unit");
            xml.writeAttribute("id", String.valueOf(id));
            if (entry.context() != null) {
                xml.writeAttribute("resname", entry.context());
            }
            if (entry.isTranslated()) {
                // Translated and used by the build: approved, which translate-toolkit and Weblate
                // read as done (without it every unit comes back fuzzy).
                xml.writeAttribute("approved", "yes");
            }
            xml.writeAttribute("xml:space", "preserve");
            gettextAttributes(xml, entry);
            element(xml, "source", entry.id(), 8);
            if (!entry.translation().isEmpty() || entry.isFuzzy()) {
                xml.writeCharacters("\n        ");
                xml.writeStartElement("target");
                xml.writeAttribute("state", entry.isFuzzy() ? "needs-review-translation" : "translated");
                xml.writeCharacters(entry.translation());
                xml.writeEndElement();
            }
            note12(xml, "developer", String.join("\n", entry.extractedComments()), 8);
            note12(xml, "translator", String.join("\n", entry.translatorComments()), 8);
            if (entry.previousId() != null) {
                note12(xml, "po-previous-msgid", entry.previousId(), 8);
            }
            if (entry.previousContext() != null) {
                note12(xml, "po-previous-msgctxt", entry.previousContext(), 8);
            }
            for (String reference : entry.references()) {
                int colon = reference.lastIndexOf(':');
                xml.writeCharacters("\n        ");
                xml.writeStartElement("context-group");
                // The name gettext's converters (translate-toolkit, Okapi) read file references from.
                xml.writeAttribute("name", REFERENCE_GROUP);
                xml.writeAttribute("purpose", "location");
                element(xml, "context", colon < 0 ? reference : reference.substring(0, colon), 10, "context-type", "sourcefile");
                if (colon >= 0) {
                    element(xml, "context", reference.substring(colon + 1), 10, "context-type", "linenumber");
                }
                xml.writeCharacters("\n        ");
                xml.writeEndElement();
            }
            xml.writeCharacters("\n      ");
            xml.writeEndElement();
        }
        xml.writeCharacters("\n    ");
        xml.writeEndElement();
        xml.writeCharacters("\n  ");
        xml.writeEndElement();
    }

    /**
     * The PO header as the unit gettext's XLIFF converters expect (translate-toolkit's xliff2po
     * and po2xliff, Pootle, Weblate): {@code restype="x-gettext-domain-header"}, so the header,
     * with its {@code Language}, survives a trip through them. Not for translation.
     */
    private static void header12(XMLStreamWriter xml, PoEntry header) throws XMLStreamException {
        xml.writeCharacters("\n      ");
        xml.writeStartElement("trans-unit");
        xml.writeAttribute("id", "0");
        xml.writeAttribute("restype", HEADER_RESTYPE);
        xml.writeAttribute("translate", "no");
        xml.writeAttribute("xml:space", "preserve");
        if (!header.flags().isEmpty()) {
            xml.writeAttribute(EXTENSIONS, "flags", String.join(", ", header.flags()));
        }
        element(xml, "source", "", 8);
        element(xml, "target", header.translation(), 8);
        note12(xml, "translator", String.join("\n", header.translatorComments()), 8);
        xml.writeCharacters("\n      ");
        xml.writeEndElement();
    }

    private static void v20(XMLStreamWriter xml, PoFile po, String original) throws XMLStreamException {
        xml.writeCharacters("\n  ");
        xml.writeStartElement("file");
        xml.writeAttribute("id", "f1");
        xml.writeAttribute("original", original);
        if (po.header() != null) {
            xml.writeCharacters("\n    ");
            xml.writeStartElement("notes");
            note20(xml, "po-header", po.header().translation(), 6);
            note20(xml, "po-header-comment", String.join("\n", po.header().translatorComments()), 6);
            if (!po.header().flags().isEmpty()) {
                note20(xml, "po-header-flags", String.join(", ", po.header().flags()), 6);
            }
            xml.writeCharacters("\n    ");
            xml.writeEndElement();
        }
        int id = 0;
        for (PoEntry entry : po.entries()) {
            id++;
            xml.writeCharacters("\n    ");
            xml.writeStartElement("unit");
            xml.writeAttribute("id", "u" + id);
            if (entry.context() != null) {
                xml.writeAttribute("name", entry.context());
            }
            gettextAttributes(xml, entry);
            xml.writeCharacters("\n      ");
            xml.writeStartElement("notes");
            note20(xml, "developer", String.join("\n", entry.extractedComments()), 8);
            note20(xml, "translator", String.join("\n", entry.translatorComments()), 8);
            for (String reference : entry.references()) {
                note20(xml, "location", reference, 8);
            }
            if (entry.previousId() != null) {
                note20(xml, "po-previous-msgid", entry.previousId(), 8);
            }
            if (entry.previousContext() != null) {
                note20(xml, "po-previous-msgctxt", entry.previousContext(), 8);
            }
            xml.writeCharacters("\n      ");
            xml.writeEndElement();
            xml.writeCharacters("\n      ");
            xml.writeStartElement("segment");
            boolean hasTarget = !entry.translation().isEmpty() || entry.isFuzzy();
            xml.writeAttribute("state", !hasTarget ? "initial" : entry.isFuzzy() ? "translated" : "final");
            if (entry.isFuzzy()) {
                xml.writeAttribute("subState", "g:fuzzy");
            }
            xml.writeCharacters("\n        ");
            xml.writeStartElement("source");
            xml.writeAttribute("xml:space", "preserve");
            xml.writeCharacters(entry.id());
            xml.writeEndElement();
            if (hasTarget) {
                xml.writeCharacters("\n        ");
                xml.writeStartElement("target");
                xml.writeAttribute("xml:space", "preserve");
                xml.writeCharacters(entry.translation());
                xml.writeEndElement();
            }
            xml.writeCharacters("\n      ");
            xml.writeEndElement();
            xml.writeCharacters("\n    ");
            xml.writeEndElement();
        }
        xml.writeCharacters("\n  ");
        xml.writeEndElement();
    }

    /** What XLIFF has no attribute for: obsolete entries and gettext flags other than fuzzy. */
    private static void gettextAttributes(XMLStreamWriter xml, PoEntry entry) throws XMLStreamException {
        if (entry.obsolete()) {
            xml.writeAttribute("translate", "no");
            xml.writeAttribute(EXTENSIONS, "obsolete", "yes");
        }
        List<String> otherFlags = entry.flags().stream().filter(f -> !f.equals("fuzzy")).toList();
        if (!otherFlags.isEmpty()) {
            xml.writeAttribute(EXTENSIONS, "flags", String.join(", ", otherFlags));
        }
        if (!entry.obsolete()) {
            // What the bundle said when this file left: on import, a unit the agency did not touch
            // must not undo an edit made in the PO file since.
            xml.writeAttribute(EXTENSIONS, "base", Fingerprint.of(entry.translation()));
        }
    }

    private static void note12(XMLStreamWriter xml, String from, String text, int indent) throws XMLStreamException {
        if (!text.isEmpty()) {
            element(xml, "note", text, indent, "from", from);
        }
    }

    private static void note20(XMLStreamWriter xml, String category, String text, int indent) throws XMLStreamException {
        if (!text.isEmpty()) {
            element(xml, "note", text, indent, "category", category);
        }
    }

    private static void element(XMLStreamWriter xml, String name, String text, int indent, String... attributes)
            throws XMLStreamException {
        xml.writeCharacters("\n" + " ".repeat(indent));
        xml.writeStartElement(name);
        for (int i = 0; i < attributes.length; i += 2) {
            xml.writeAttribute(attributes[i], attributes[i + 1]);
        }
        xml.writeCharacters(text);
        xml.writeEndElement();
    }
}
