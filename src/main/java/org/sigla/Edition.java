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
    private final List<Path> included;
    private final List<XdmNode> registers;
    private final Path project;

    Edition(Path file, XdmNode document) {
        this(file, document, document, List.of(), List.of(), List.of(), null);
    }

    Edition(Path file, XdmNode document, XdmNode original, List<Problem> warnings, List<Path> included, List<XdmNode> registers,
            Path project) {
        this.file = file;
        Path folder = file.toAbsolutePath().normalize().getParent();
        this.project = project != null ? project : folder;
        this.document = document;
        this.original = original;
        this.warnings = List.copyOf(warnings);
        this.included = List.copyOf(included);
        this.registers = List.copyOf(registers);
    }

    /** The same edition, its names looked up in these registers of its project as well as in its own lists. */
    public Edition withRegisters(List<Edition> projectRegisters) {
        return new Edition(file, document, original, warnings, included, projectRegisters.stream().map(Edition::document).toList(), project);
    }

    /** The folder of the edition's project: what it reads (inclusions, page images) must lie below it. */
    public Path project() {
        return project;
    }

    /** The registers of the edition's project (documents of lists its names point into). */
    public List<XdmNode> registers() {
        return registers;
    }

    /** The files its {@code xi:include}s read: a change to any of them changes the edition. */
    public List<Path> included() {
        return included;
    }

    public Path file() {
        return file;
    }

    /** The tree the views render. */
    public XdmNode document() {
        return document;
    }

    /** The tree as the file has it (its inclusions resolved), which the validator checks. */
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
