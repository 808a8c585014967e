package org.sigla.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.Callable;
import org.sigla.views.View;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code sigla build}: every view of every edition named (by default, the shipped ones in tei/). */
@Command(name = "build", mixinStandardHelpOptions = true,
        description = "Validates editions and builds their web edition, plain text and apparatus (HTML and text).")
final class BuildCommand implements Callable<Integer> {

    @Parameters(arity = "0..*", paramLabel = "FILE|DIR", description = "Editions, or folders searched for *.xml (default: tei/).")
    List<Path> paths = new ArrayList<>();

    @Mixin
    BuildRunner runner;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        List<Path> sources = paths.isEmpty() ? BuildRunner.defaultSources() : paths;
        return runner.run(sources, EnumSet.allOf(View.class), spec.commandLine().getOut(), spec.commandLine().getErr());
    }
}
