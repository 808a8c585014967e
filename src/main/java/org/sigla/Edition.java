package org.sigla;

import java.nio.file.Path;
import java.util.List;
import net.sf.saxon.s9api.XdmNode;
import org.sigla.validate.Problem;

/**
 * One TEI edition, parsed once (with line numbers, for messages) and handed to the
 * validator and to every view.
 *
 * <p>What the validator checks is the file as written ({@link #original()}); what the views
 * render is {@link #document()}, the same tree except for a {@code <teiCorpus>}, which they
 * render as the one text it is: its header, then each of its texts in a group.
 */
public final class Edition {

    private final Path file;
    private final XdmNode document;
    private final XdmNode original;
    private final List<Problem> warnings;

    Edition(Path file, XdmNode document) {
        this(file, document, document, List.of());
    }

    Edition(Path file, XdmNode document, XdmNode original, List<Problem> warnings) {
        this.file = file;
        this.document = document;
        this.original = original;
        this.warnings = List.copyOf(warnings);
    }

    public Path file() {
        return file;
    }

    /** The tree the views render. */
    public XdmNode document() {
        return document;
    }

    /** The tree as the file has it, which the validator checks. */
    public XdmNode original() {
        return original;
    }

    /** What reading the file found worth saying (TEI without its namespace, read as TEI). */
    public List<Problem> warnings() {
        return warnings;
    }

    /** The name the edition's outputs are given: its file name without the extension. */
    public String name() {
        String fileName = file.getFileName().toString();
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(0, dot) : fileName;
    }
}
