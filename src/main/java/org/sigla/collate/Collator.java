package org.sigla.collate;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.sigla.Sigla;

/**
 * {@code sigla collate}'s library call: reads the witnesses, has CollateX align them, and
 * writes the collation as a TEI edition that Sigla validates and builds like any other.
 */
public final class Collator {

    /** A witness to collate: its siglum and its file (plain text or TEI). */
    public record Source(String siglum, Path file) {

        /** From a command-line argument: {@code SIGLUM=path}, or a path whose file name gives the siglum. */
        public static Source parse(String argument) {
            int equals = argument.indexOf('=');
            if (equals > 0) {
                return new Source(argument.substring(0, equals), Path.of(argument.substring(equals + 1)));
            }
            Path file = Path.of(argument);
            String name = file.getFileName().toString();
            int dot = name.lastIndexOf('.');
            return new Source(dot > 0 ? name.substring(0, dot) : name, file);
        }
    }

    /**
     * @param base           the siglum whose readings are the lemmata, or null for readings alone
     * @param regularization the forms words are matched by
     * @param language       the collated text's language (xml:lang)
     */
    public record Options(String base, Regularization regularization, String language) { }

    private final Sigla sigla;

    public Collator(Sigla sigla) {
        this.sigla = sigla;
    }

    /** The collation as a TEI document. */
    public String collate(List<Source> sources, Options options) throws CollationException, IOException {
        if (sources.size() < 2) {
            throw new CollationException("sigla: error: a collation needs two witnesses or more [collate]");
        }
        Set<String> sigla = new HashSet<>();
        Set<Path> files = new HashSet<>();
        List<WitnessText> witnesses = new ArrayList<>();
        WitnessReader reader = new WitnessReader(this.sigla);
        for (Source source : sources) {
            if (!source.siglum().matches("[\\p{L}_][\\p{L}\\p{N}._-]*")) {
                throw new CollationException(source.file() + ": error: the siglum \"" + source.siglum() + "\" is not a name"
                        + " (letters, digits, . _ -, starting with a letter); give one as SIGLUM=" + source.file() + " [witness]");
            }
            if (!files.add(source.file().toAbsolutePath().normalize())) {
                throw new CollationException(source.file() + ": error: the witness is given twice [witness]");
            }
            if (!sigla.add(source.siglum())) {
                throw new CollationException(source.file() + ": error: the siglum " + source.siglum()
                        + " is given to two witnesses; name them with SIGLUM=path [witness]");
            }
            witnesses.add(reader.read(source.siglum(), source.file()));
        }
        if (options.base() != null && !sigla.contains(options.base())) {
            throw new CollationException("sigla: error: --base " + options.base() + " is none of the witnesses' sigla ("
                    + String.join(", ", witnesses.stream().map(WitnessText::siglum).toList()) + ") [collate]");
        }
        return TeiWriter.write(witnesses, Alignment.of(witnesses, options.regularization()), options.base(), options.language());
    }
}
