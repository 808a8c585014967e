package org.sigla.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.Callable;
import org.sigla.Sigla;
import org.sigla.collate.CollationException;
import org.sigla.collate.Collator;
import org.sigla.collate.Regularization;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code sigla collate}: witnesses in, a TEI edition with their variants as an apparatus out (CollateX). */
@Command(name = "collate", mixinStandardHelpOptions = true,
        description = "Collates witnesses (plain UTF-8 texts or TEI files) with CollateX into one TEI edition: their shared"
                + " words as text, each place of variation an <app>. 'sigla build' then makes every view of it.")
final class CollateCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "[SIGLUM=]FILE", description = "The witnesses; a siglum is the file's name unless given.")
    List<String> witnesses;

    @Option(names = "--base", paramLabel = "SIGLUM", description = "The witness whose readings are the lemmata (the edited text).")
    String base;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Where the edition goes (default: the standard output).")
    Path output;

    @Option(names = "--regularize", paramLabel = "FILE",
            description = "A table of regular forms for matching only: a form, a tab and its regular form on each line (ſ → s, vnd → und).")
    Path regularize;

    @Option(names = "--lang", paramLabel = "CODE", defaultValue = "und", description = "The language of the text (default: ${DEFAULT-VALUE}, undetermined).")
    String language;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            Regularization regularization = regularize == null ? new Regularization() : Regularization.read(regularize);
            String tei = new Collator(new Sigla()).collate(witnesses.stream().map(Collator.Source::parse).toList(),
                    new Collator.Options(base, regularization, language));
            if (output == null) {
                out.print(tei);
                out.flush();
            } else {
                // Written whole beside its place, then moved in: never half an edition.
                Path absolute = output.toAbsolutePath();
                Path staged = Files.createTempFile(absolute.getParent(), ".sigla-collate-", ".xml");
                try {
                    Files.writeString(staged, tei, StandardCharsets.UTF_8);
                    Files.move(staged, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                } finally {
                    Files.deleteIfExists(staged);
                }
                err.println(output + ": the collation of " + witnesses.size() + " witnesses");
            }
            return ExitCode.OK;
        } catch (CollationException e) {
            err.println(e.getMessage());
            return ExitCode.USAGE;
        } catch (java.nio.file.NoSuchFileException e) {
            err.println(e.getFile() + ": error: the file does not exist [file]");
            return ExitCode.USAGE;
        } finally {
            err.flush();
        }
    }
}
