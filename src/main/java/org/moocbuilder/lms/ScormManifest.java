package org.moocbuilder.lms;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * {@code imsmanifest.xml} for SCORM 1.2: one organization whose items are the course's modules,
 * each holding its introduction and its lessons; every launchable page is a SCO resource that
 * depends on one shared asset resource listing every other file of the package.
 */
public final class ScormManifest {

    public static final String CP_NAMESPACE = "http://www.imsproject.org/xsd/imscp_rootv1p1p2";
    public static final String ADLCP_NAMESPACE = "http://www.adlnet.org/xsd/adlcp_rootv1p2";
    static final String SHARED = "SHARED";

    /** A launchable page: its item's id and title, its path in the package, and its mastery score if it has one. */
    public record Sco(String id, String title, String href, Optional<Integer> masteryScore) {
    }

    /** A module: a folder in the LMS's menu, holding its introduction's SCO first, then its lessons'. */
    public record Folder(String id, String title, List<Sco> scos) {
        public Folder {
            scos = List.copyOf(scos);
        }
    }

    private ScormManifest() {
    }

    /**
     * @param identifier the package's identifier, unique among packages (course and language)
     * @param files every file the package holds besides the manifest
     */
    public static String write(String identifier, String title, List<Folder> folders, SortedSet<String> files) {
        StringWriter text = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(text);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("manifest");
            xml.writeDefaultNamespace(CP_NAMESPACE);
            xml.writeNamespace("adlcp", ADLCP_NAMESPACE);
            xml.writeAttribute("identifier", identifier);
            xml.writeAttribute("version", "1.0");
            open(xml, 1, "metadata");
            element(xml, 2, "schema", "ADL SCORM");
            element(xml, 2, "schemaversion", "1.2");
            close(xml, 1);
            open(xml, 1, "organizations");
            xml.writeAttribute("default", "ORG");
            open(xml, 2, "organization");
            xml.writeAttribute("identifier", "ORG");
            element(xml, 3, "title", title);
            for (Folder folder : folders) {
                open(xml, 3, "item");
                xml.writeAttribute("identifier", folder.id());
                element(xml, 4, "title", folder.title());
                for (Sco sco : folder.scos()) {
                    open(xml, 4, "item");
                    xml.writeAttribute("identifier", sco.id());
                    xml.writeAttribute("identifierref", "R-" + sco.id());
                    element(xml, 5, "title", sco.title());
                    if (sco.masteryScore().isPresent()) {
                        xml.writeCharacters("\n" + "  ".repeat(5));
                        xml.writeStartElement("adlcp", "masteryscore", ADLCP_NAMESPACE);
                        xml.writeCharacters(String.valueOf(sco.masteryScore().get()));
                        xml.writeEndElement();
                    }
                    close(xml, 4);
                }
                close(xml, 3);
            }
            close(xml, 2);
            close(xml, 1);
            open(xml, 1, "resources");
            SortedSet<String> shared = new TreeSet<>(files);
            List<Sco> scos = new ArrayList<>();
            folders.forEach(folder -> scos.addAll(folder.scos()));
            for (Sco sco : scos) {
                shared.remove(sco.href());
                resource(xml, "R-" + sco.id(), "sco", sco.href(), List.of(sco.href()));
            }
            resource(xml, SHARED, "asset", null, shared);
            close(xml, 1);
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("writing a manifest to memory failed", e);
        }
        return text + "\n";
    }

    private static void resource(XMLStreamWriter xml, String id, String type, String href, Iterable<String> files)
            throws XMLStreamException {
        open(xml, 2, "resource");
        xml.writeAttribute("identifier", id);
        xml.writeAttribute("type", "webcontent");
        xml.writeAttribute("adlcp", ADLCP_NAMESPACE, "scormtype", type);
        if (href != null) {
            xml.writeAttribute("href", href);
        }
        for (String file : files) {
            xml.writeCharacters("\n" + "  ".repeat(3));
            xml.writeEmptyElement("file");
            xml.writeAttribute("href", file);
        }
        if (href != null) {
            xml.writeCharacters("\n" + "  ".repeat(3));
            xml.writeEmptyElement("dependency");
            xml.writeAttribute("identifierref", SHARED);
        }
        close(xml, 2);
    }

    private static void open(XMLStreamWriter xml, int depth, String name) throws XMLStreamException {
        xml.writeCharacters("\n" + "  ".repeat(depth));
        xml.writeStartElement(name);
    }

    private static void close(XMLStreamWriter xml, int depth) throws XMLStreamException {
        xml.writeCharacters("\n" + "  ".repeat(depth));
        xml.writeEndElement();
    }

    private static void element(XMLStreamWriter xml, int depth, String name, String text) throws XMLStreamException {
        open(xml, depth, name);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }
}
