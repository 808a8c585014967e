package org.sigla.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.sigla.EditionException;
import org.sigla.Sigla;
import org.sigla.SourceFiles;
import org.sigla.validate.Report;
import org.sigla.validate.SchemaException;
import org.sigla.validate.Validator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code sigla validate}: well-formedness, then RELAX NG, then the Schematron rules. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Checks editions: well-formed XML, Sigla's schema (or --schema), then the editorial rules.")
final class ValidateCommand implements Callable<Integer> {

    enum Format { text, json }

    @Parameters(arity = "1..*", paramLabel = "FILE|DIR", description = "Editions, or folders searched for *.xml.")
    List<Path> paths;

    @Option(names = "--schema", paramLabel = "FILE", description = "Another RELAX NG schema (tei_all.rng, say) instead of Sigla's.")
    Path schema;

    @Option(names = "--format", defaultValue = "text", description = "text (one line per problem) or json.")
    Format format;

    @Option(names = {"-v", "--verbose"}, description = "Also the TEI Guidelines page of each problem, the checker's full wording"
            + " (every name it expected) and the other rules a mistake tripped.")
    boolean verbose;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (schema != null && !Files.isReadable(schema)) {
            err.println(schema + ": error: the schema cannot be read [file]");
            return ExitCode.USAGE;
        }
        Sigla sigla = new Sigla();
        Validator validator;
        try {
            validator = schema == null ? sigla.validator() : sigla.validator(schema);
        } catch (SchemaException e) {
            err.println("sigla: error: " + SiglaCommand.oneLine(e));
            return ExitCode.USAGE;
        }
        List<Report> reports = new ArrayList<>();
        int unreadable = 0;
        for (Path file : SourceFiles.expand(paths)) {
            try {
                reports.add(validator.check(sigla.read(file)));
            } catch (EditionException e) {
                if (e.isUnreadable()) {
                    unreadable++;
                    err.println(e.problem());
                } else {
                    reports.add(new Report(file, List.of(e.problem())));
                }
            }
        }
        if (format == Format.json) {
            Output.printJson(out, reports);
        } else {
            Output.printText(out, reports, verbose);
        }
        err.flush();
        if (unreadable > 0) {
            return ExitCode.USAGE;
        }
        return reports.stream().allMatch(Report::isValid) ? ExitCode.OK : ExitCode.INVALID;
    }
}
