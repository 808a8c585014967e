package org.sigla.views;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * The fonts the print editions are set in by default, as xslt/modules/common/print-fonts.xml
 * names them (the one place that decides which font sets which script), and where this machine
 * keeps their files. Both print routes need them: FOP is given the files, LuaLaTeX finds them
 * by name once they are installed.
 */
public final class PrintFonts {

    private static final String DATA = "/org/sigla/xslt/modules/common/print-fonts.xml";
    /** Where Debian and the editor's own account keep fonts (fontconfig's defaults). */
    private static final List<Path> FONT_FOLDERS = Stream.of(
            Path.of("/usr/share/fonts"), Path.of("/usr/local/share/fonts"),
            Path.of(System.getProperty("user.home"), ".local", "share", "fonts"), Path.of(System.getProperty("user.home"), ".fonts")).toList();

    /** One font file and the family, style and weight it sets. */
    record Face(String family, String style, String weight, Path file) {}

    private final String debianPackage;
    private final List<Face> faces;
    private final List<String> missing;

    private PrintFonts(String debianPackage, List<Face> faces, List<String> missing) {
        this.debianPackage = debianPackage;
        this.faces = faces;
        this.missing = missing;
    }

    private static PrintFonts installed;

    /** The default fonts, looked up once per run. */
    public static synchronized PrintFonts installed() {
        if (installed == null) {
            installed = read(FONT_FOLDERS);
        }
        return installed;
    }

    static PrintFonts read(List<Path> folders) {
        try (InputStream data = PrintFonts.class.getResourceAsStream(DATA)) {
            if (data == null) {
                throw new IllegalStateException(DATA + " is missing from Sigla's jar");
            }
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            Element fonts = factory.newDocumentBuilder().parse(data).getDocumentElement();
            Map<String, Path> found = locate(folders);
            List<Face> faces = new ArrayList<>();
            List<String> missing = new ArrayList<>();
            NodeList files = fonts.getElementsByTagName("file");
            for (int i = 0; i < files.getLength(); i++) {
                Element file = (Element) files.item(i);
                String family = ((Element) file.getParentNode()).getAttribute("family");
                Path path = found.get(file.getTextContent().strip());
                if (path == null) {
                    missing.add(file.getTextContent().strip());
                } else {
                    faces.add(new Face(family, file.getAttribute("style"), file.getAttribute("weight"), path));
                }
            }
            return new PrintFonts(fonts.getAttribute("package"), faces, missing);
        } catch (IOException | SAXException | ParserConfigurationException e) {
            throw new IllegalStateException("Sigla's list of print fonts cannot be read: " + e.getMessage(), e);
        }
    }

    /** Font files by name, the first found in the folders' order. */
    private static Map<String, Path> locate(List<Path> folders) {
        Map<String, Path> found = new LinkedHashMap<>();
        for (Path folder : folders) {
            if (!Files.isDirectory(folder)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(folder, 6)) {
                files.filter(Files::isRegularFile).forEach(file -> found.putIfAbsent(file.getFileName().toString(), file));
            } catch (IOException | java.io.UncheckedIOException e) {
                // A folder that cannot be read holds no font Sigla can use; the others still count.
            }
        }
        return found;
    }

    /** The Debian packages that hold the fonts, separated by spaces. */
    public String debianPackage() {
        return debianPackage;
    }

    /** Whether every default font file is on this machine. */
    public boolean complete() {
        return missing.isEmpty();
    }

    /** The line for an editor when fonts are missing, or empty when none is. */
    public Optional<String> problem() {
        if (complete()) {
            return Optional.empty();
        }
        return Optional.of("the print fonts " + String.join(", ", missing.subList(0, Math.min(3, missing.size())))
                + (missing.size() > 3 ? " and " + (missing.size() - 3) + " more" : "")
                + " are not installed; install the Debian package" + (debianPackage.contains(" ") ? "s " : " ") + debianPackage);
    }

    /**
     * A FOP configuration that embeds the fonts found, for PDF and for the plain-text layout that
     * measures the pages (both must lay out with the same metrics). A style a family lacks is set
     * in its regular face, so that a Hebrew word in italics stays Hebrew.
     */
    String fopConfiguration() {
        StringBuilder fonts = new StringBuilder();
        Map<String, List<Face>> byFamily = new LinkedHashMap<>();
        faces.forEach(face -> byFamily.computeIfAbsent(face.family(), f -> new ArrayList<>()).add(face));
        byFamily.forEach((family, own) -> {
            for (Face face : own) {
                fonts.append("<font kerning=\"yes\" embed-url=\"").append(escape(face.file().toUri().toString())).append("\">");
                for (String style : List.of("normal", "italic")) {
                    for (String weight : List.of("normal", "bold")) {
                        if (bestFor(own, style, weight) == face) {
                            fonts.append("<font-triplet name=\"").append(escape(family)).append("\" style=\"").append(style)
                                    .append("\" weight=\"").append(weight).append("\"/>");
                        }
                    }
                }
                fonts.append("</font>");
            }
        });
        StringBuilder configuration = new StringBuilder("<fop version=\"1.0\"><renderers>");
        for (String mime : List.of("application/pdf", "text/plain")) {
            configuration.append("<renderer mime=\"").append(mime).append("\"><fonts>").append(fonts).append("</fonts></renderer>");
        }
        return configuration.append("</renderers></fop>").toString();
    }

    /** The face of a family that sets a style: its own, else the same style upright, else the regular face. */
    private static Face bestFor(List<Face> family, String style, String weight) {
        for (String[] wanted : List.of(new String[] {style, weight}, new String[] {"normal", weight},
                new String[] {style, "normal"}, new String[] {"normal", "normal"})) {
            for (Face face : family) {
                if (face.style().equals(wanted[0]) && face.weight().equals(wanted[1])) {
                    return face;
                }
            }
        }
        return family.get(0);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;");
    }
}
