package org.sigla;

import java.nio.file.Path;
import net.sf.saxon.s9api.XdmNode;

/**
 * One TEI edition, parsed once (with line numbers, for messages) and handed to the
 * validator and to every view.
 */
public final class Edition {

    private final Path file;
    private final XdmNode document;

    Edition(Path file, XdmNode document) {
        this.file = file;
        this.document = document;
    }

    public Path file() {
        return file;
    }

    public XdmNode document() {
        return document;
    }

    /** The name the edition's outputs are given: its file name without the extension. */
    public String name() {
        String fileName = file.getFileName().toString();
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(0, dot) : fileName;
    }
}
