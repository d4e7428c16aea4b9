package org.moocbuilder.translate.xliff;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
 *
 * <p>The file comes from outside, so it is read as untrusted input. The parser reads no DTD and
 * resolves no entity or other file: a file with a DOCTYPE or an XInclude is refused (XLF007).
 * Every element must stand where XLIFF puts it; one that does not, or a unit without its id or
 * source, refuses the file (XLF006). Suggestions ({@code <alt-trans>}, 2.0 {@code <mtc:matches>})
 * are skipped, never read as the translation. Inline elements that only wrap text ({@code <g>},
 * {@code <pc>}, {@code <mrk>}, and the {@code <sm/>}/{@code <em/>} markers) keep their text; a
 * unit holding a code we cannot turn back into Markdown ({@code <x/>}, {@code <ph>},
 * {@code <bpt>}...) is left out and listed in {@link XliffFile#refused()}, and the file's other
 * units are read. Problems are diagnostics; nothing here throws for any input.
 */
public final class XliffReader {

    private static final String XLIFF_12 = XliffVersion.V1_2.namespace();
    /**
     * XLIFF 1.1, which translate-toolkit's po2xliff still writes: for what we read, 1.2 only added
     * to it, so it is read as 1.2.
     */
    private static final String XLIFF_11 = "urn:oasis:names:tc:xliff:document:1.1";
    private static final String XLIFF_20 = XliffVersion.V2_0.namespace();
    private static final String XINCLUDE = "http://www.w3.org/2001/XInclude";
    private static final String STRUCTURE_HINT = "the file does not have the XLIFF 1.2 or 2.0 structure mooc export writes;"
            + " check it in the translation tool, or export it again; nothing was imported from it";
    /** Groups and inline elements may nest; deeper than this is not a translation file. */
    private static final int MAX_DEPTH = 50;
    /** Inline elements that only wrap text: their text is kept. */
    private static final Set<String> WRAPPERS = Set.of("g", "pc", "mrk");
    /** 2.0 annotation markers: empty, around text that stays. */
    private static final Set<String> MARKERS = Set.of("sm", "em");
    /** 1.2 elements of the file header that hold nothing we import. */
    private static final Set<String> HEADER_12_SKIPPED = Set.of("skl", "phase-group", "glossary", "reference",
            "count-group", "prop-group", "tool");
    /** 1.2 elements of a trans-unit that hold nothing we import (alt-trans: suggestions, never the translation). */
    private static final Set<String> UNIT_12_SKIPPED = Set.of("alt-trans", "seg-source", "count-group", "prop-group");
    /** 1.2 elements of a group besides units and groups. */
    private static final Set<String> GROUP_12_SKIPPED = Set.of("bin-unit", "context-group", "count-group", "prop-group", "note");

    private XliffReader() {
    }

    public static Optional<XliffFile> read(String xml, String file, Diagnostics diagnostics) {
        if (xml.isBlank()) {
            diagnostics.error("XLF001", SourcePosition.at(file, 1, 1), "not a readable XLIFF file: the file is empty",
                    "check that the file is XLIFF 1.2 or 2.0 and well-formed XML; nothing was imported from it");
            return Optional.empty();
        }
        Parse parse = new Parse(xml, file, diagnostics);
        try {
            parse.in = factory().createXMLStreamReader(new StringReader(xml));
            return parse.run();
        } catch (XMLStreamException e) {
            Location at = e.getLocation();
            diagnostics.error("XLF001", SourcePosition.at(file, at == null ? 0 : Math.max(0, at.getLineNumber()),
                    at == null ? 0 : Math.max(0, at.getColumnNumber())), "not a readable XLIFF file: " + lastLine(e.getMessage()),
                    "check that the file is XLIFF 1.2 or 2.0 and well-formed XML; nothing was imported from it");
            return Optional.empty();
        } finally {
            parse.close();
        }
    }

    /** The JDK's own StAX parser (not whatever is on the class path), with DTDs, external entities and resolving off. */
    private static XMLInputFactory factory() {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setXMLResolver((publicId, systemId, baseUri, namespace) -> {
            throw new XMLStreamException("refused to read " + systemId + ": an XLIFF file may not refer to other files");
        });
        return factory;
    }

    /**
     * Text from the file as a message may quote it: control characters (an XML 1.1 file can hold
     * an escape sequence) are written as escapes, and a long text is cut.
     */
    public static String printable(String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().limit(200).forEach(c -> {
            if (c == '\n') {
                out.append("\\n");
            } else if (Character.isISOControl(c) || c == 0x2028 || c == 0x2029) {
                out.append(String.format("\\u%04X", c));
            } else {
                out.appendCodePoint(c);
            }
        });
        return text.codePointCount(0, text.length()) > 200 ? out + "…" : out.toString();
    }

    private static String lastLine(String message) {
        return message == null ? "" : message.lines().reduce((a, b) -> b).orElse("").replaceFirst("^Message: ", "");
    }

    /** One pass over the document, collecting entries. */
    private static final class Parse {
        private final String text;
        private final String file;
        private final Diagnostics diagnostics;
        private final int[] lineStarts;
        private XMLStreamReader in;
        private boolean failed;
        private boolean v2;
        private String version;
        private int files;
        private String original;
        private SourcePosition originalAt;
        private String sourceLanguage;
        private String targetLanguage;
        private SourcePosition targetLanguageAt;
        private String headerText;
        private SourcePosition headerAt;
        private List<String> headerComments = List.of();
        private List<String> headerFlags = List.of();
        private final List<PoEntry> entries = new ArrayList<>();
        private final Map<String, String> bases = new HashMap<>();
        private final List<XliffFile.RefusedUnit> refused = new ArrayList<>();

        Parse(String text, String file, Diagnostics diagnostics) {
            this.text = text;
            this.file = file;
            this.diagnostics = diagnostics;
            List<Integer> starts = new ArrayList<>();
            starts.add(0);
            for (int i = 0; i < text.length(); i++) {
                if (text.charAt(i) == '\n') {
                    starts.add(i + 1);
                }
            }
            this.lineStarts = starts.stream().mapToInt(Integer::intValue).toArray();
        }

        void close() {
            if (in != null) {
                try {
                    in.close();
                } catch (XMLStreamException e) {
                    // nothing is held open: the input is a string
                }
            }
        }

        Optional<XliffFile> run() throws XMLStreamException {
            boolean root = false;
            while (!root && in.hasNext()) {
                int event = in.next();
                if (event == XMLStreamConstants.DTD) {
                    int at = text.indexOf("<!DOCTYPE");
                    diagnostics.error("XLF007", at < 0 ? location() : position(at),
                            "the file has a DOCTYPE; XLIFF needs none, and its entities could read other files,"
                                    + " so nothing was imported from it",
                            "remove the <!DOCTYPE ...> declaration in the translation tool, or export the file again");
                    return Optional.empty();
                }
                root = event == XMLStreamConstants.START_ELEMENT;
            }
            if (!root) {
                structure(location(), "the file holds no element; an XLIFF file starts with <xliff>");
                return Optional.empty();
            }
            xliff();
            while (in.hasNext()) {
                in.next();
            }
            if (failed) {
                return Optional.empty();
            }
            PoEntry header = headerText == null ? null : new PoEntry(headerComments, List.of(), List.of(), headerFlags,
                    null, null, null, "", null, List.of(headerText), false, 0);
            if (targetLanguage == null && header != null) {
                // po2xliff writes no target-language; the PO header it carries names the language.
                Optional<String> language = new PoFile(header, List.of()).headerField("Language").filter(l -> !l.isEmpty());
                if (language.isPresent()) {
                    targetLanguage = language.get();
                    targetLanguageAt = headerAt;
                }
            }
            return Optional.of(new XliffFile(original, sourceLanguage, targetLanguage, new PoFile(header, entries), bases,
                    originalAt, targetLanguageAt, refused, version));
        }

        private void xliff() throws XMLStreamException {
            SourcePosition rootAt = here();
            if (!isCore() || !in.getLocalName().equals("xliff")) {
                structure(rootAt, in.getLocalName().equals("xliff")
                        ? "the root element <" + qualifiedName() + "> is in the namespace `" + printable(in.getNamespaceURI())
                                + "`, not XLIFF's (" + XLIFF_12 + " or " + XLIFF_20 + ")"
                        : "the root element is <" + qualifiedName() + ">, not <xliff>: this is not an XLIFF file");
                skip();
                return;
            }
            version = attribute("version");
            if (!"1.1".equals(version) && !"1.2".equals(version) && !"2.0".equals(version) && !"2.1".equals(version)) {
                failed = true;
                diagnostics.error("XLF002", version == null ? rootAt : attributeAt("version"), version == null
                        ? "<xliff> has no `version`; mooc import reads XLIFF 1.2 and 2.0"
                        : "XLIFF version `" + version + "` is not supported; use 1.2 or 2.0", "export the file again with mooc export");
                skip();
                return;
            }
            v2 = version.startsWith("2");
            if (v2) {
                sourceLanguage = attribute("srcLang");
                targetLanguage = attribute("trgLang");
                targetLanguageAt = targetLanguage == null ? rootAt : attributeAt("trgLang");
            }
            children(() -> {
                if (isCore("file")) {
                    files++;
                    if (files > 1) {
                        structure(here(), "a second <file>; mooc export writes one <file> per XLIFF file, for one bundle");
                        skip();
                    } else if (v2) {
                        file20();
                    } else {
                        file12();
                    }
                } else {
                    otherElement("xliff");
                }
            });
            if (files == 0) {
                structure(rootAt, "<xliff> holds no <file>, so it names no bundle to import into");
            }
        }

        // ---- XLIFF 1.2 ----

        private void file12() throws XMLStreamException {
            SourcePosition at = here();
            original = attribute("original");
            originalAt = original == null ? at : attributeAt("original");
            sourceLanguage = attribute("source-language");
            targetLanguage = attribute("target-language");
            targetLanguageAt = targetLanguage == null ? at : attributeAt("target-language");
            children(() -> {
                if (isCore("header")) {
                    children(() -> {
                        if (isCore("note")) {
                            headerNote(attribute("from"), text("note"));
                        } else if (isCore() && HEADER_12_SKIPPED.contains(in.getLocalName())) {
                            skip();
                        } else {
                            otherElement("header");
                        }
                    });
                } else if (isCore("body")) {
                    group12("body", 0);
                } else {
                    otherElement("file");
                }
            });
        }

        private void group12(String name, int depth) throws XMLStreamException {
            children(() -> {
                if (isCore("trans-unit")) {
                    unit12();
                } else if (isCore("group")) {
                    if (depth >= MAX_DEPTH) {
                        structure(here(), "groups nested more than " + MAX_DEPTH + " deep");
                        skip();
                    } else {
                        group12("group", depth + 1);
                    }
                } else if (isCore() && GROUP_12_SKIPPED.contains(in.getLocalName())) {
                    skip();
                } else {
                    otherElement(name);
                }
            });
        }

        private void unit12() throws XMLStreamException {
            Unit unit = unit("trans-unit", "resname");
            unit.approved = "yes".equals(attribute("approved"));
            children(() -> {
                if (isCore("source")) {
                    if (unit.sources++ > 0) {
                        structure(here(), unit.describe() + " has a second <source>");
                        skip();
                    } else {
                        unit.source.append(inline(unit, "source"));
                    }
                } else if (isCore("target")) {
                    if (unit.targets++ > 0) {
                        structure(here(), unit.describe() + " has a second <target>");
                        skip();
                    } else {
                        unit.state = attribute("state");
                        unit.target = new StringBuilder(inline(unit, "target"));
                    }
                } else if (isCore("note")) {
                    unit.note(attribute("from"), text("note"));
                } else if (isCore("context-group")) {
                    children(() -> {
                        if (isCore("context")) {
                            unit.context(attribute("context-type"), text("context"));
                        } else {
                            otherElement("context-group");
                        }
                    });
                } else if (isCore() && UNIT_12_SKIPPED.contains(in.getLocalName())) {
                    skip();
                } else {
                    otherElement("trans-unit");
                }
            });
            finish(unit);
        }

        // ---- XLIFF 2.0 ----

        private void file20() throws XMLStreamException {
            original = attribute("original");
            originalAt = original == null ? here() : attributeAt("original");
            children(() -> {
                if (isCore("notes")) {
                    children(() -> {
                        if (isCore("note")) {
                            headerNote(attribute("category"), text("note"));
                        } else {
                            otherElement("notes");
                        }
                    });
                } else if (isCore("skeleton")) {
                    skip();
                } else {
                    group20("file", 0);
                }
            });
        }

        /** One child of a 2.0 {@code <file>} or {@code <group>} (its notes and skeleton aside). */
        private void group20(String parent, int depth) throws XMLStreamException {
            if (isCore("unit")) {
                unit20();
            } else if (isCore("group")) {
                if (depth >= MAX_DEPTH) {
                    structure(here(), "groups nested more than " + MAX_DEPTH + " deep");
                    skip();
                    return;
                }
                children(() -> {
                    if (isCore("notes")) {
                        skip();
                    } else {
                        group20("group", depth + 1);
                    }
                });
            } else {
                otherElement(parent);
            }
        }

        private void unit20() throws XMLStreamException {
            Unit unit = unit("unit", "name");
            children(() -> {
                if (isCore("notes")) {
                    children(() -> {
                        if (isCore("note")) {
                            unit.note(attribute("category"), text("note"));
                        } else {
                            otherElement("notes");
                        }
                    });
                } else if (isCore("originalData")) {
                    skip();
                } else if (isCore("segment") || isCore("ignorable")) {
                    segment(unit, in.getLocalName());
                } else {
                    otherElement("unit");
                }
            });
            if (unit.segments == 0 && unit.refusal == null) {
                structure(unit.at, unit.describe() + " has no <segment>");
                return;
            }
            finish(unit);
        }

        /**
         * A 2.0 segment or ignorable: the unit's text is its segments and ignorables in order. A
         * unit is translated only when every segment has a target; an ignorable without one keeps
         * its source text.
         */
        private void segment(Unit unit, String kind) throws XMLStreamException {
            SourcePosition at = here();
            boolean ignorable = kind.equals("ignorable");
            if (!ignorable) {
                unit.segments++;
                String state = attribute("state");
                String subState = attribute("subState");
                if (subState != null && subState.endsWith(":fuzzy")) {
                    unit.fuzzySubState = true;
                }
                if (unit.state == null || "initial".equals(state)) {
                    unit.state = state;
                }
            }
            String[] source = {null};
            String[] target = {null};
            children(() -> {
                if (isCore("source") && source[0] == null) {
                    source[0] = inline(unit, "source");
                } else if (isCore("target") && target[0] == null) {
                    target[0] = inline(unit, "target");
                } else if (isCore("source") || isCore("target")) {
                    structure(here(), unit.describe() + " has a second <" + in.getLocalName() + "> in one <" + kind + ">");
                    skip();
                } else {
                    otherElement(kind);
                }
            });
            if (source[0] == null) {
                structure(at, unit.describe() + " has a <" + kind + "> without <source>");
                unit.broken = true;
                return;
            }
            unit.sources++;
            unit.source.append(source[0]);
            if (target[0] == null && !ignorable) {
                unit.untranslatedSegment = true;
            }
            unit.targets++;
            if (unit.target == null) {
                unit.target = new StringBuilder();
            }
            unit.target.append(target[0] != null ? target[0] : source[0]);
        }

        // ---- both versions ----

        private Unit unit(String element, String contextAttribute) {
            Unit unit = new Unit();
            unit.element = element;
            unit.at = here();
            unit.id = attribute("id");
            if (unit.id == null) {
                structure(unit.at, "<" + element + "> has no `id`");
            }
            unit.context = attribute(contextAttribute);
            unit.header = !v2 && XliffWriter.HEADER_RESTYPE.equals(attribute("restype"));
            unit.obsolete = "yes".equals(in.getAttributeValue(XliffWriter.EXTENSIONS, "obsolete"));
            unit.base = in.getAttributeValue(XliffWriter.EXTENSIONS, "base");
            String flags = in.getAttributeValue(XliffWriter.EXTENSIONS, "flags");
            if (flags != null) {
                Arrays.stream(flags.split(",")).map(String::strip)
                        .filter(flag -> !flag.isEmpty() && flag.chars().noneMatch(Character::isISOControl))
                        .forEach(unit.flags::add);
            }
            return unit;
        }

        private void finish(Unit unit) {
            if (unit.broken) {
                return;
            }
            if (unit.header) {
                headerText = unit.target != null ? unit.target.toString() : unit.source.toString();
                headerComments = List.copyOf(unit.translator);
                headerFlags = List.copyOf(unit.flags);
                headerAt = unit.at;
                return;
            }
            if (unit.refusal != null) {
                refused.add(unit.refusal);
                return;
            }
            if (unit.sources == 0) {
                structure(unit.at, unit.describe() + " has no <source>");
                return;
            }
            if (unit.source.isEmpty()) {
                structure(unit.at, unit.describe() + " has an empty <source>; mooc export writes none");
                return;
            }
            PoEntry entry = unit.entry();
            entries.add(entry);
            if (unit.base != null && !entry.obsolete()) {
                bases.put(entry.key(), unit.base);
            }
        }

        private void headerNote(String kind, String note) {
            if ("po-header".equals(kind)) {
                headerText = note;
            } else if ("po-header-comment".equals(kind)) {
                headerComments = lines(note);
            } else if ("po-header-flags".equals(kind)) {
                headerFlags = Arrays.stream(note.split(",")).map(String::strip).toList();
            }
        }

        /**
         * The text of a {@code <source>} or {@code <target>}: text and the text inside wrapping
         * elements. A code that stands for something we cannot write back refuses the unit.
         */
        private String inline(Unit unit, String part) throws XMLStreamException {
            StringBuilder out = new StringBuilder();
            int depth = 0;
            while (in.hasNext()) {
                int event = in.next();
                switch (event) {
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> out.append(in.getText());
                    case XMLStreamConstants.END_ELEMENT -> {
                        if (depth == 0) {
                            return out.toString();
                        }
                        depth--;
                    }
                    case XMLStreamConstants.START_ELEMENT -> {
                        xinclude();
                        if (isCore() && WRAPPERS.contains(in.getLocalName()) && depth < MAX_DEPTH) {
                            depth++;
                        } else if (isCore() && MARKERS.contains(in.getLocalName())) {
                            skip();
                        } else {
                            if (unit.refusal == null) {
                                unit.refusal = new XliffFile.RefusedUnit(unit.id, unit.at.line(), here(), part, qualifiedName());
                            }
                            skip();
                        }
                    }
                    default -> {
                        // comments and processing instructions are not text
                    }
                }
            }
            return out.toString();
        }

        /** The text of an element that holds only text (a note, a context). */
        private String text(String element) throws XMLStreamException {
            StringBuilder out = new StringBuilder();
            while (in.hasNext()) {
                int event = in.next();
                if (event == XMLStreamConstants.END_ELEMENT) {
                    break;
                }
                if (event == XMLStreamConstants.START_ELEMENT) {
                    xinclude();
                    otherElement(element);
                } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA
                        || event == XMLStreamConstants.SPACE) {
                    out.append(in.getText());
                }
            }
            return out.toString();
        }

        /** Runs {@code child} on each child element of the current element, up to its end tag. */
        private void children(Child child) throws XMLStreamException {
            while (in.hasNext()) {
                int event = in.next();
                if (event == XMLStreamConstants.END_ELEMENT) {
                    return;
                }
                if (event == XMLStreamConstants.START_ELEMENT) {
                    xinclude();
                    child.read();
                }
            }
        }

        /**
         * An element XLIFF does not put here: one of XLIFF's own is an error; another vocabulary's
         * (extensions and modules such as 2.0 matches, which XLIFF allows) is skipped.
         */
        private void otherElement(String parent) throws XMLStreamException {
            if (isCore()) {
                structure(here(), "<" + qualifiedName() + "> is not allowed in <" + parent + ">");
            }
            skip();
        }

        /** Moves past the end tag of the current element, reading nothing in it. */
        private void skip() throws XMLStreamException {
            int depth = 1;
            while (depth > 0 && in.hasNext()) {
                int event = in.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    xinclude();
                    depth++;
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    depth--;
                }
            }
        }

        /** XInclude is never processed, and a file that asks for it is refused. */
        private void xinclude() {
            if (XINCLUDE.equals(in.getNamespaceURI())) {
                failed = true;
                diagnostics.error("XLF007", here(), "<" + qualifiedName() + "> asks to include another file;"
                        + " XInclude is not processed, and nothing was imported from this file",
                        "remove the XInclude element, or export the file again with mooc export");
            }
        }

        private void structure(SourcePosition at, String message) {
            failed = true;
            diagnostics.error("XLF006", at, message, STRUCTURE_HINT);
        }

        private boolean isCore() {
            String namespace = in.getNamespaceURI();
            return namespace == null || namespace.isEmpty() || namespace.equals(XLIFF_12) || namespace.equals(XLIFF_11)
                    || namespace.equals(XLIFF_20);
        }

        private boolean isCore(String name) {
            return isCore() && in.getLocalName().equals(name);
        }

        private String qualifiedName() {
            String prefix = in.getPrefix();
            return prefix == null || prefix.isEmpty() ? in.getLocalName() : prefix + ":" + in.getLocalName();
        }

        private String attribute(String name) {
            return in.getAttributeValue(null, name);
        }

        // ---- positions ----

        /** Where the parser is; after a start tag, the character after its {@code >}. */
        private SourcePosition location() {
            Location at = in.getLocation();
            return SourcePosition.at(file, Math.max(0, at.getLineNumber()), Math.max(0, at.getColumnNumber()));
        }

        /** Where the current start tag begins, as {@code file:line:column}. */
        private SourcePosition here() {
            int start = tagStart();
            return start < 0 ? location() : position(start);
        }

        /** Where an attribute of the current start tag is written, or the tag itself. */
        private SourcePosition attributeAt(String name) {
            int start = tagStart();
            if (start < 0) {
                return location();
            }
            Matcher m = Pattern.compile("\\s(" + Pattern.quote(name) + ")\\s*=").matcher(text.substring(start, tagEnd()));
            return m.find() ? position(start + m.start(1)) : position(start);
        }

        /** The offset just past the current start tag, from the parser's line and column, or -1. */
        private int tagEnd() {
            Location at = in.getLocation();
            int line = at.getLineNumber();
            int column = at.getColumnNumber();
            if (line < 1 || line > lineStarts.length || column < 1) {
                return -1;
            }
            int end = lineStarts[line - 1] + column - 1;
            return end >= 1 && end <= text.length() && text.charAt(end - 1) == '>' ? end : -1;
        }

        private int tagStart() {
            if (in.getEventType() != XMLStreamConstants.START_ELEMENT) {
                return -1;
            }
            int end = tagEnd();
            return end < 0 ? -1 : text.lastIndexOf('<', end - 1);
        }

        private SourcePosition position(int offset) {
            int index = Arrays.binarySearch(lineStarts, offset);
            int line = index >= 0 ? index : -index - 2;
            return SourcePosition.at(file, line + 1, offset - lineStarts[line] + 1);
        }
    }

    /** Reads one child element, up to and including its end tag. */
    @FunctionalInterface
    private interface Child {
        void read() throws XMLStreamException;
    }

    private static List<String> lines(String text) {
        return List.of(text.split("\r\n|\r|\n", -1));
    }

    /** The parts of one unit as they are read. */
    private static final class Unit {
        String element;
        SourcePosition at;
        String id;
        String context;
        final StringBuilder source = new StringBuilder();
        StringBuilder target;
        int sources;
        int targets;
        int segments;
        boolean untranslatedSegment;
        /** A part of the unit was missing, already reported: the file is refused. */
        boolean broken;
        String state;
        boolean approved;
        boolean fuzzySubState;
        boolean obsolete;
        String base;
        XliffFile.RefusedUnit refusal;
        final List<String> flags = new ArrayList<>();
        final List<String> extracted = new ArrayList<>();
        final List<String> translator = new ArrayList<>();
        final List<String> references = new ArrayList<>();
        String previousId;
        String previousContext;
        /** The unit holds the PO header (1.2, {@code restype="x-gettext-domain-header"}), not a text. */
        boolean header;

        String describe() {
            return "<" + element + ">" + (id == null ? "" : " `" + printable(id) + "`");
        }

        void note(String kind, String text) {
            switch (kind == null ? "" : kind) {
                case "developer" -> extracted.addAll(lines(text));
                case "translator", "po-translator" -> translator.addAll(lines(text));
                case "location" -> references.add(text);
                case "po-previous-msgid" -> previousId = text;
                case "po-previous-msgctxt" -> previousContext = text;
                default -> extracted.addAll(lines(text));
            }
        }

        void context(String type, String text) {
            if ("sourcefile".equals(type)) {
                references.add(text);
            } else if ("linenumber".equals(type) && !references.isEmpty()) {
                int last = references.size() - 1;
                references.set(last, references.get(last) + ":" + text);
            }
        }

        String target() {
            return target == null || untranslatedSegment ? "" : target.toString();
        }

        boolean fuzzy() {
            if (target().isEmpty()) {
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
            return new PoEntry(translator, extracted, references, allFlags, previousContext, previousId, context,
                    source.toString(), null, List.of(target()), obsolete, 0);
        }
    }
}
