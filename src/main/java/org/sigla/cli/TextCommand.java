package org.sigla.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.Callable;
import org.sigla.views.View;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code sigla text}: only the plain text (text.txt). */
@Command(name = "text", mixinStandardHelpOptions = true, description = "Builds only the plain text (text.txt).")
final class TextCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "FILE|DIR", description = "Editions, or folders searched for *.xml.")
    List<Path> paths;

    @Mixin
    BuildRunner runner;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        return runner.run(paths, EnumSet.of(View.TEXT), spec.commandLine().getOut(), spec.commandLine().getErr());
    }
}
