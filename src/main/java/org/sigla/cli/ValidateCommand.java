package org.sigla.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
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
        description = "Checks editions: well-formed XML, the schemas they name (else TEI P5), Sigla's editorial rules, then the rules they name.")
final class ValidateCommand implements Callable<Integer> {

    enum Format { text, json }

    @Parameters(arity = "1..*", paramLabel = "FILE|DIR", description = "Editions, or folders searched for *.xml.")
    List<Path> paths;

    @Option(names = "--schema", paramLabel = "FILE", description = "A RELAX NG schema for every edition, in place of those they name.")
    Path schema;

    @Option(names = "--catalog", paramLabel = "FILE", description = "An OASIS XML catalog mapping the schemas editions name"
            + " (remote addresses) to local copies; Sigla never fetches them. Repeatable.")
    List<Path> catalogs = new ArrayList<>();

    @Option(names = "--rules", description = "List, for each edition, the schemas and rules in force and where each comes from; check nothing.")
    boolean rules;

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
        for (Path file : schema == null ? catalogs : java.util.stream.Stream.concat(Stream.of(schema), catalogs.stream()).toList()) {
            if (!Files.isReadable(file)) {
                err.println(file + ": error: the " + (file.equals(schema) ? "schema" : "catalog") + " cannot be read [file]");
                return ExitCode.USAGE;
            }
        }
        Sigla sigla = new Sigla();
        sigla.projectFolders(paths);
        Validator validator;
        try {
            validator = sigla.validator(schema, catalogs);
        } catch (SchemaException e) {
            err.println("sigla: error: " + SiglaCommand.oneLine(e));
            return ExitCode.USAGE;
        }
        List<Report> reports = new ArrayList<>();
        int unreadable = 0;
        List<Path> sources = SourceFiles.expand(paths);
        // As a build reads them: names may point into the project's registers, and a chapter another file includes is checked there.
        org.sigla.publish.Project project = org.sigla.publish.Project.read(sigla, sources);
        for (Path file : project.ownFiles(sources)) {
            try {
                if (rules) {
                    Output.printPlan(out, file, validator.plan(sigla.read(file)));
                    continue;
                }
                reports.add(validator.check(sigla.read(file).withRegisters(project.registers())));
            } catch (EditionException e) {
                if (e.isUnreadable()) {
                    unreadable++;
                    err.println(e.problem());
                } else {
                    reports.add(new Report(file, List.of(e.problem())));
                }
            }
        }
        if (rules) {
            out.flush();
            return unreadable > 0 ? ExitCode.USAGE : ExitCode.OK;
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
