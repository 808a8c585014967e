package org.sigla.build;

import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.XMLStreamWriter;

/**
 * What the output folder holds: for each edition, the content hash of its source and of the
 * settings it was built with (stylesheets, views, parameters), and what the corpus page shows
 * of it. A build rebuilds an edition only when one of the two hashes changed.
 */
final class Manifest {

    static final String FILE = ".sigla-manifest.xml";

    /** One edition as last built. */
    record Entry(String name, String source, String sourceHash, String settingsHash, String title, String author,
                 String date, String views) { }

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();

    static Manifest read(Path root) throws IOException {
        Manifest manifest = new Manifest();
        Path file = root.resolve(FILE);
        if (!Files.exists(file)) {
            return manifest;
        }
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        try (InputStream in = Files.newInputStream(file)) {
            XMLStreamReader xml = factory.createXMLStreamReader(in);
            while (xml.hasNext()) {
                if (xml.next() == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("edition")) {
                    Entry entry = new Entry(xml.getAttributeValue(null, "name"), xml.getAttributeValue(null, "source"),
                            xml.getAttributeValue(null, "source-hash"), xml.getAttributeValue(null, "settings-hash"),
                            xml.getAttributeValue(null, "title"), xml.getAttributeValue(null, "author"),
                            xml.getAttributeValue(null, "date"), xml.getAttributeValue(null, "views"));
                    if (entry.name() != null) {
                        manifest.entries.put(entry.name(), entry);
                    }
                }
            }
        } catch (XMLStreamException e) {
            // A damaged manifest only costs a full rebuild.
            manifest.entries.clear();
        }
        return manifest;
    }

    boolean isCurrent(String name, String sourceHash, String settingsHash, Path root) {
        Entry entry = entries.get(name);
        return entry != null && sourceHash.equals(entry.sourceHash()) && settingsHash.equals(entry.settingsHash())
                && Files.isDirectory(root.resolve(name));
    }

    void put(Entry entry) {
        entries.put(entry.name(), entry);
    }

    void remove(String name) {
        entries.remove(name);
    }

    /** Writes the manifest in one move, so that a killed build leaves the previous one. */
    Path write(Path root, Path staging) throws IOException {
        Path staged = staging.resolve(FILE);
        try (Writer out = Files.newBufferedWriter(staged, StandardCharsets.UTF_8)) {
            XMLStreamWriter xml = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("corpus");
            xml.writeCharacters("\n");
            for (Entry entry : new TreeMap<>(entries).values()) {
                xml.writeCharacters("  ");
                xml.writeEmptyElement("edition");
                xml.writeAttribute("name", entry.name());
                xml.writeAttribute("source", entry.source());
                xml.writeAttribute("source-hash", entry.sourceHash());
                xml.writeAttribute("settings-hash", entry.settingsHash());
                xml.writeAttribute("title", entry.title());
                xml.writeAttribute("author", entry.author());
                xml.writeAttribute("date", entry.date());
                xml.writeAttribute("views", entry.views());
                xml.writeCharacters("\n");
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IOException("the manifest could not be written: " + e.getMessage(), e);
        }
        Path published = root.resolve(FILE);
        Files.move(staged, published, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return published;
    }
}
