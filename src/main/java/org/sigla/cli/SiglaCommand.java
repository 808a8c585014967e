package org.sigla.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code sigla}: the command line. Each subcommand parses its arguments, calls the library and prints. */
@Command(name = "sigla",
        mixinStandardHelpOptions = true,
        version = "Sigla 0.1.0",
        description = "Checks TEI P5 editions, builds their web, text, apparatus and print views, and serves a live preview.",
        subcommands = {ValidateCommand.class, BuildCommand.class, HtmlCommand.class, TextCommand.class,
                       ApparatusCommand.class, PdfCommand.class, ServeCommand.class, CollateCommand.class, LatexCommand.class, CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:everything valid and built",
            "1:an edition is invalid or not well-formed",
            "2:unusable arguments or unreadable files",
            "3:a view failed (the other views and editions were built) or the build could not run"})
public final class SiglaCommand implements Runnable {

    @Option(names = "--debug", scope = CommandLine.ScopeType.INHERIT,
            description = "Show the Java stack trace of an unexpected error.")
    static boolean debug;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is needed: validate, build, html, text, apparatus, pdf, latex, serve or collate");
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    static CommandLine commandLine() {
        CommandLine commandLine = new CommandLine(new SiglaCommand());
        commandLine.setExecutionExceptionHandler((exception, line, parseResult) -> {
            PrintWriter err = line.getErr();
            err.println("sigla: error: " + oneLine(exception));
            if (debug) {
                exception.printStackTrace(err);
            } else {
                err.println("sigla: run again with --debug for the details");
            }
            err.flush();
            return ExitCode.FAILED;
        });
        // The JVM's own limits end a run like any other failure: one line, and what to do about it.
        commandLine.setExecutionStrategy(parseResult -> {
            try {
                return new CommandLine.RunLast().execute(parseResult);
            } catch (StackOverflowError | OutOfMemoryError e) {
                PrintWriter err = parseResult.commandSpec().commandLine().getErr();
                err.println("sigla: error: " + (e instanceof StackOverflowError
                        ? "the edition is nested too deeply to process (raise the stack with SIGLA_JAVA_OPTS=-Xss64m)"
                        : "not enough memory for this edition (raise the heap with SIGLA_JAVA_OPTS=-Xmx8g)"));
                if (debug) {
                    e.printStackTrace(err);
                }
                err.flush();
                return ExitCode.FAILED;
            }
        });
        commandLine.setParameterExceptionHandler((exception, args) -> {
            PrintWriter err = exception.getCommandLine().getErr();
            err.println("sigla: " + exception.getMessage());
            err.println("sigla: see '" + exception.getCommandLine().getCommandSpec().qualifiedName() + " --help'");
            err.flush();
            return ExitCode.USAGE;
        });
        return commandLine;
    }

    static String oneLine(Throwable exception) {
        String message = exception.getMessage() == null ? exception.getClass().getSimpleName() : exception.getMessage();
        return message.replaceAll("\\s*\\R\\s*", " ").trim();
    }
}
