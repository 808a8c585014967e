package org.sigla.views;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Stream;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.XdmNodeKind;
import org.sigla.Edition;
import org.sigla.validate.Places;

/**
 * The local page images of an edition, made ready beside its web pages in {@code facsimile/}:
 * an image a browser shows is copied as it is; one it cannot show (TIFF, BMP) is converted to
 * JPEG; one larger than {@link #LARGE} pixels on its longer side is cut into Deep Zoom tiles,
 * so that a phone never loads the master. Remote images and IIIF services are left to the
 * reader's browser: nothing is fetched here.
 *
 * <p>What was made is told to the stylesheets as {@code $facsimile-images}
 * (modules/common/facsimile.xsl). With a cache folder (a build's), each image is converted or cut
 * once for as long as its bytes stay the same, and linked into every later build.
 */
final class Facsimiles {

    static final String FOLDER = "facsimile";
    /** The longer side, in pixels, above which an image is cut into tiles. */
    static final int LARGE = 2400;
    /** Changes whenever what is made of an image changes, so that a cache made before is not reused. */
    private static final String RECIPE = "1 " + LARGE + " " + DeepZoom.TILE + " " + DeepZoom.OVERLAP;

    /** What the stylesheets get, what to warn of, and the image files read (for the build's hash). */
    record Prepared(XdmNode images, List<String> warnings, List<Path> read) {}

    /** One local image the pages show: its address, and the attribute that names it. */
    record Named(URI uri, String url, XdmNode attribute) {}

    private Facsimiles() {}

    /**
     * Makes the images ready in {@code folder}/facsimile; {@code tiles} false (for print) keeps a
     * large image whole.
     */
    static Prepared prepare(Processor processor, Edition edition, List<Named> named, Path folder, Path cache, boolean tiles) throws IOException {
        StringBuilder images = new StringBuilder("<images>");
        List<String> warnings = new ArrayList<>();
        List<Path> read = new ArrayList<>();
        Set<String> stems = new HashSet<>();
        for (Named image : named) {
            Path file;
            try {
                file = Path.of(image.uri());
            } catch (IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
                continue;
            }
            read.add(file);
            images.append("<image uri=\"").append(escape(image.uri().toString())).append('"');
            // As with inclusions: an edition's images come from its own project, so that building a
            // stranger's edition never publishes another file of the machine.
            if (!inside(file, edition.project())) {
                warnings.add(place(image, edition) + ": warning: the page image " + image.url() + " lies outside the project folder "
                        + edition.project() + " and is not published; its page shows a placeholder [facsimile]");
                images.append(" missing=\"true\"/>");
                continue;
            }
            if (!Files.isRegularFile(file)) {
                warnings.add(place(image, edition) + ": warning: the page image " + image.url()
                        + " is not there; its page shows a placeholder [facsimile]");
                images.append(" missing=\"true\"/>");
                continue;
            }
            try {
                Map<String, String> made = make(file, folder.resolve(FOLDER), stem(file, stems), cache, tiles);
                made.forEach((name, value) -> images.append(' ').append(name).append("=\"").append(escape(value)).append('"'));
                images.append("/>");
            } catch (IOException | RuntimeException e) {
                warnings.add(place(image, edition) + ": warning: the page image " + image.url() + " cannot be read ("
                        + e.getMessage() + "); its page shows a placeholder [facsimile]");
                images.append(" missing=\"true\"/>");
            }
        }
        images.append("</images>");
        try {
            XdmNode document = processor.newDocumentBuilder().build(
                    new javax.xml.transform.stream.StreamSource(new java.io.StringReader(images.toString())));
            return new Prepared(document, warnings, read);
        } catch (SaxonApiException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean inside(Path file, Path project) throws IOException {
        Path absolute = file.toAbsolutePath().normalize();
        if (!absolute.startsWith(project)) {
            return false;
        }
        // A link inside the project may still lead out of it.
        return !Files.exists(absolute) || absolute.toRealPath().startsWith(project.toRealPath());
    }

    /** A file name in facsimile/ for the image, unique within the edition. */
    private static String stem(Path file, Set<String> stems) {
        String base = file.getFileName().toString().replaceFirst("\\.[^.]*$", "").replaceAll("[^\\p{L}\\p{N}._-]", "_");
        String stem = base.isEmpty() ? "image" : base;
        for (int n = 2; !stems.add(stem.toLowerCase(Locale.ROOT)); n++) {
            stem = base + "-" + n;
        }
        return stem;
    }

    /**
     * Makes what the pages show of one image in {@code target} (files named after {@code stem}),
     * through the cache where there is one; returns the attributes of its {@code <image>}, with
     * {@code src} relative to the edition's folder.
     */
    private static Map<String, String> make(Path file, Path target, String stem, Path cache, boolean tiles) throws IOException {
        Files.createDirectories(target);
        // A cache is whichever build's set it last; its entries hold for any output, while that output is there.
        if (cache == null || !Files.isDirectory(cache.getParent())) {
            return relative(made(file, target, stem, tiles), stem);
        }
        Files.createDirectories(cache);
        Path entry = cache.resolve(hash(file) + (tiles ? "" : "-whole"));
        Path recipe = entry.resolve("made.properties");
        if (!Files.isRegularFile(recipe)) {
            Path fresh = Files.createTempDirectory(cache, ".making-");
            Properties properties = new Properties();
            properties.putAll(made(file, fresh, "image", tiles));
            try (OutputStream out = Files.newOutputStream(fresh.resolve("made.properties"))) {
                properties.store(out, RECIPE);
            }
            try {
                Files.move(fresh, entry, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException raced) {
                if (!Files.isRegularFile(recipe)) {
                    throw raced;
                }
            }
        }
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(recipe)) {
            properties.load(in);
        }
        Map<String, String> made = new LinkedHashMap<>();
        properties.stringPropertyNames().stream().sorted().forEach(name -> made.put(name, properties.getProperty(name)));
        link(entry, target, "image", stem);
        made.computeIfPresent("src", (name, src) -> src.replaceFirst("^image", stem));
        made.computeIfPresent("tiles", (name, folder) -> folder.replaceFirst("^image", stem));
        return relative(made, stem);
    }

    private static Map<String, String> relative(Map<String, String> made, String stem) {
        made.computeIfPresent("src", (name, src) -> FOLDER + "/" + src);
        made.computeIfPresent("tiles", (name, folder) -> FOLDER + "/" + folder);
        return made;
    }

    /** Copies, converts or cuts one image into {@code target}; the attributes name the files relative to it. */
    private static Map<String, String> made(Path file, Path target, String stem, boolean tiles) throws IOException {
        Map<String, String> made = new LinkedHashMap<>();
        int[] size = Images.isReadable(file) ? Images.size(file) : null;
        if (size != null) {
            made.put("width", Integer.toString(size[0]));
            made.put("height", Integer.toString(size[1]));
        }
        if (tiles && size != null && Math.max(size[0], size[1]) > LARGE) {
            String pyramid = stem + "_files/";
            DeepZoom.cut(Images.read(file), target.resolve(stem + "_files"));
            made.put("src", pyramid);
            made.put("tiles", pyramid);
            made.put("tile-size", Integer.toString(DeepZoom.TILE));
            made.put("overlap", Integer.toString(DeepZoom.OVERLAP));
            made.put("format", DeepZoom.FORMAT);
        } else if (Images.isWebFormat(file)) {
            String name = stem + extension(file);
            Files.copy(file, target.resolve(name), StandardCopyOption.REPLACE_EXISTING);
            made.put("src", name);
        } else {
            BufferedImage image = Images.read(file);
            String name = stem + ".jpg";
            Images.writeJpeg(image, target.resolve(name));
            made.put("src", name);
        }
        return made;
    }

    private static String extension(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot).toLowerCase(Locale.ROOT);
    }

    /** Links (or copies) every file of a cache entry named {@code from…} into {@code target} as {@code to…}. */
    private static void link(Path entry, Path target, String from, String to) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(entry)) {
            files = walk.filter(Files::isRegularFile).filter(f -> entry.relativize(f).toString().startsWith(from)).toList();
        }
        for (Path file : files) {
            Path copy = target.resolve(to + entry.relativize(file).toString().substring(from.length()));
            Files.createDirectories(copy.getParent());
            Files.deleteIfExists(copy);
            try {
                Files.createLink(copy, file);
            } catch (IOException | UnsupportedOperationException e) {
                Files.copy(file, copy);
            }
        }
    }

    private static String hash(Path file) throws IOException {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(RECIPE.getBytes());
            try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
                in.transferTo(OutputStream.nullOutputStream());
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** file:line:col of the element whose attribute names the image. */
    private static String place(Named image, Edition edition) {
        XdmNode element = image.attribute().getNodeKind() == XdmNodeKind.ATTRIBUTE ? image.attribute().getParent() : image.attribute();
        return Places.fileOf(element, edition.file()) + ":" + element.getLineNumber() + ":" + Math.max(element.getColumnNumber(), 1);
    }

    private static String escape(String value) {
        return value.replace("&", "&amp;").replace("<", "&lt;").replace("\"", "&quot;");
    }
}
