package org.sigla.publish;

import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.XMLStreamWriter;

/**
 * What the output folder holds: for each edition, what the corpus page shows of it, and for
 * each of its views the files it wrote with the content hashes of the source and of the
 * settings (stylesheets, parameters) they were made from, or why the view failed. A build
 * renders a view again only when one of its two hashes changed, so that a one-view command
 * and a full build can share a folder.
 */
final class Manifest {

    static final String FILE = ".sigla-manifest.xml";

    /** One view of an edition as last rendered: its files and hashes, or its failure (files then empty). */
    record ViewRecord(String id, List<String> files, String sourceHash, String settingsHash, String failure) {
        ViewRecord {
            files = List.copyOf(files);
        }

        boolean failed() {
            return failure != null && !failure.isEmpty();
        }
    }

    /** One edition as last built: what the home page says of it, the files it included, and {@code views} by view id. */
    record Entry(String name, String source, EditionInfo info, List<String> included, Map<String, ViewRecord> views) {
        Entry {
            included = List.copyOf(included);
            views = Map.copyOf(new TreeMap<>(views));
        }
    }

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
            String[] edition = null;
            List<String> included = new ArrayList<>();
            EditionInfo info = null;
            Map<String, ViewRecord> views = new TreeMap<>();
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("edition")) {
                    edition = new String[] {attribute(xml, "name"), attribute(xml, "source")};
                    info = EditionInfo.read(name -> attribute(xml, name));
                    views = new TreeMap<>();
                    included = new ArrayList<>();
                } else if (event == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("included") && edition != null) {
                    included.add(attribute(xml, "file"));
                } else if (event == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("view") && edition != null) {
                    String files = attribute(xml, "files");
                    views.put(attribute(xml, "id"), new ViewRecord(attribute(xml, "id"),
                            files.isEmpty() ? List.of() : List.of(files.split(" ")), attribute(xml, "source-hash"),
                            attribute(xml, "settings-hash"), attribute(xml, "failure")));
                } else if (event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("edition") && edition != null) {
                    if (!edition[0].isEmpty()) {
                        manifest.entries.put(edition[0], new Entry(edition[0], edition[1], info, included, views));
                    }
                    edition = null;
                }
            }
        } catch (XMLStreamException e) {
            // A damaged manifest only costs a full rebuild.
            manifest.entries.clear();
        }
        return manifest;
    }

    private static String attribute(XMLStreamReader xml, String name) {
        String value = xml.getAttributeValue(null, name);
        return value == null ? "" : value;
    }

    Entry get(String name) {
        return entries.get(name);
    }

    /** Whether the view's files in the edition's folder were made from this source with these settings. */
    boolean isCurrent(String name, String view, String sourceHash, String settingsHash, Path root) {
        Entry entry = entries.get(name);
        ViewRecord record = entry == null ? null : entry.views().get(view);
        return record != null && !record.failed() && sourceHash.equals(record.sourceHash())
                && settingsHash.equals(record.settingsHash())
                && record.files().stream().allMatch(file -> Files.isRegularFile(root.resolve(name).resolve(file)));
    }

    void put(Entry entry) {
        entries.put(entry.name(), entry);
    }

    void remove(String name) {
        entries.remove(name);
    }

    /** The editions the manifest knows besides these. */
    List<String> namesOtherThan(Set<String> names) {
        return entries.keySet().stream().filter(name -> !names.contains(name)).sorted().toList();
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
                xml.writeStartElement("edition");
                xml.writeAttribute("name", entry.name());
                xml.writeAttribute("source", entry.source());
                for (Map.Entry<String, String> field : entry.info().fields().entrySet()) {
                    if (!field.getValue().isEmpty()) {
                        xml.writeAttribute(field.getKey(), field.getValue());
                    }
                }
                // An element each: a line break in an attribute would be read back as a space.
                for (String included : entry.included()) {
                    xml.writeCharacters("\n    ");
                    xml.writeEmptyElement("included");
                    xml.writeAttribute("file", included);
                }
                for (ViewRecord view : new TreeMap<>(entry.views()).values()) {
                    xml.writeCharacters("\n    ");
                    xml.writeEmptyElement("view");
                    xml.writeAttribute("id", view.id());
                    xml.writeAttribute("files", String.join(" ", view.files()));
                    xml.writeAttribute("source-hash", view.sourceHash());
                    xml.writeAttribute("settings-hash", view.settingsHash());
                    if (view.failed()) {
                        xml.writeAttribute("failure", view.failure());
                    }
                }
                xml.writeCharacters("\n  ");
                xml.writeEndElement();
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
