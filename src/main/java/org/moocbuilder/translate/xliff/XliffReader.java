package org.moocbuilder.translate.xliff;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.moocbuilder.diag.Diagnostics;
import org.moocbuilder.diag.SourcePosition;
import org.moocbuilder.translate.po.PoEntry;
import org.moocbuilder.translate.po.PoFile;

/**
 * Reads XLIFF 1.2 and 2.0 (ours, or as CAT tools and platforms return it) into PO entries.
 * Target states map to PO's three: no target is untranslated; 1.2 {@code needs-*} states and
 * 2.0 {@code initial} with a target, or our fuzzy sub-state, are fuzzy; the rest is translated.
 */
public final class XliffReader {

    private XliffReader() {
    }

    public static Optional<XliffFile> read(String xml, String file, Diagnostics diagnostics) {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        try {
            XMLStreamReader in = factory.createXMLStreamReader(new StringReader(xml));
            return Optional.of(new Parse(in).run());
        } catch (XMLStreamException e) {
            Location at = e.getLocation();
            diagnostics.error("XLF001", SourcePosition.at(file, at == null ? 0 : at.getLineNumber(),
                    at == null ? 0 : at.getColumnNumber()), "not a readable XLIFF file: " + firstLine(e.getMessage()),
                    "check that the file is XLIFF 1.2 or 2.0 and well-formed XML; nothing was imported from it");
            return Optional.empty();
        } catch (IllegalArgumentException e) {
            diagnostics.error("XLF002", SourcePosition.ofFile(file), e.getMessage(), "export the file again with mooc export");
            return Optional.empty();
        }
    }

    private static String firstLine(String message) {
        return message == null ? "" : message.lines().reduce((a, b) -> b).orElse("").replaceFirst("^Message: ", "");
    }

    /** One pass over the document, collecting entries. */
    private static final class Parse {
        private final XMLStreamReader in;
        private String original;
        private String sourceLanguage;
        private String targetLanguage;
        private PoEntry header;
        private final List<PoEntry> entries = new ArrayList<>();
        private final Map<String, String> bases = new HashMap<>();

        Parse(XMLStreamReader in) {
            this.in = in;
        }

        XliffFile run() throws XMLStreamException {
            Unit unit = null;
            String headerText = null;
            List<String> headerComments = List.of();
            List<String> headerFlags = List.of();
            boolean inHeaderNotes = true;
            while (in.hasNext()) {
                if (in.next() != XMLStreamConstants.START_ELEMENT) {
                    if (in.getEventType() == XMLStreamConstants.END_ELEMENT && unit != null
                            && (in.getLocalName().equals("trans-unit") || in.getLocalName().equals("unit"))) {
                        PoEntry entry = unit.entry();
                        entries.add(entry);
                        if (unit.base != null && !entry.obsolete()) {
                            bases.put(entry.key(), unit.base);
                        }
                        unit = null;
                    }
                    continue;
                }
                switch (in.getLocalName()) {
                    case "xliff" -> {
                        String version = attribute("version");
                        if (!"1.2".equals(version) && !"2.0".equals(version) && !"2.1".equals(version)) {
                            throw new IllegalArgumentException("XLIFF version " + version + " is not supported; use 1.2 or 2.0");
                        }
                        sourceLanguage = attribute("srcLang");
                        targetLanguage = attribute("trgLang");
                    }
                    case "file" -> {
                        original = attribute("original");
                        sourceLanguage = first(attribute("source-language"), sourceLanguage);
                        targetLanguage = first(attribute("target-language"), targetLanguage);
                    }
                    case "trans-unit", "unit" -> {
                        inHeaderNotes = false;
                        unit = new Unit();
                        unit.context = first(attribute("resname"), attribute("name"));
                        unit.approved = "yes".equals(attribute("approved"));
                        unit.obsolete = "yes".equals(in.getAttributeValue(XliffWriter.EXTENSIONS, "obsolete"));
                        unit.base = in.getAttributeValue(XliffWriter.EXTENSIONS, "base");
                        String flags = in.getAttributeValue(XliffWriter.EXTENSIONS, "flags");
                        if (flags != null) {
                            Arrays.stream(flags.split(",")).map(String::strip).forEach(unit.flags::add);
                        }
                    }
                    case "segment" -> {
                        unit.state = attribute("state");
                        unit.fuzzySubState = "g:fuzzy".equals(attribute("subState"))
                                || (attribute("subState") != null && attribute("subState").endsWith(":fuzzy"));
                    }
                    case "source" -> unit.source = in.getElementText();
                    case "target" -> {
                        if (unit != null) {
                            unit.state = first(attribute("state"), unit.state);
                            unit.target = in.getElementText();
                        }
                    }
                    case "note" -> {
                        String kind = first(attribute("from"), attribute("category"));
                        String text = in.getElementText();
                        if (unit == null && inHeaderNotes) {
                            if ("po-header".equals(kind)) {
                                headerText = text;
                            } else if ("po-header-comment".equals(kind)) {
                                headerComments = List.of(text.split("\n", -1));
                            } else if ("po-header-flags".equals(kind)) {
                                headerFlags = Arrays.stream(text.split(",")).map(String::strip).toList();
                            }
                        } else if (unit != null) {
                            unit.note(kind, text);
                        }
                    }
                    case "context" -> {
                        String type = attribute("context-type");
                        String text = in.getElementText();
                        if ("sourcefile".equals(type)) {
                            unit.references.add(text);
                        } else if ("linenumber".equals(type) && !unit.references.isEmpty()) {
                            int last = unit.references.size() - 1;
                            unit.references.set(last, unit.references.get(last) + ":" + text);
                        }
                    }
                    default -> {
                    }
                }
            }
            if (headerText != null) {
                header = new PoEntry(headerComments, List.of(), List.of(), headerFlags, null, null, null, "", null,
                        List.of(headerText), false, 0);
            }
            return new XliffFile(original, sourceLanguage, targetLanguage, new PoFile(header, entries), bases);
        }

        private String attribute(String name) {
            String value = in.getAttributeValue(null, name);
            if (value == null && name.startsWith("xml:")) {
                value = in.getAttributeValue(XMLConstants.XML_NS_URI, name.substring(4));
            }
            return value;
        }

        private static String first(String a, String b) {
            return a != null ? a : b;
        }
    }

    /** The parts of one unit as they are read. */
    private static final class Unit {
        String context;
        String source = "";
        String target;
        String state;
        boolean approved;
        boolean fuzzySubState;
        boolean obsolete;
        String base;
        final List<String> flags = new ArrayList<>();
        final List<String> extracted = new ArrayList<>();
        final List<String> translator = new ArrayList<>();
        final List<String> references = new ArrayList<>();
        String previousId;
        String previousContext;

        void note(String kind, String text) {
            switch (kind == null ? "" : kind) {
                case "developer" -> extracted.addAll(List.of(text.split("\n", -1)));
                case "translator" -> translator.addAll(List.of(text.split("\n", -1)));
                case "location" -> references.add(text);
                case "po-previous-msgid" -> previousId = text;
                case "po-previous-msgctxt" -> previousContext = text;
                default -> extracted.add(text);
            }
        }

        boolean fuzzy() {
            if (target == null || target.isEmpty()) {
                return false;
            }
            if (fuzzySubState) {
                return true;
            }
            if (state == null || approved) {
                return false;
            }
            return state.startsWith("needs-") || state.equals("new") || state.equals("initial");
        }

        PoEntry entry() {
            List<String> allFlags = new ArrayList<>();
            if (fuzzy()) {
                allFlags.add("fuzzy");
            }
            allFlags.addAll(flags);
            return new PoEntry(translator, extracted, references, allFlags, previousContext, previousId, context, source,
                    null, List.of(target == null ? "" : target), obsolete, 0);
        }
    }
}
