package org.sigla.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.sigla.views.View;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** What {@code build}, {@code html}, {@code text} and {@code apparatus} share: they differ only in their views. */
abstract class ViewsCommand implements Callable<Integer> {

    @Parameters(arity = "0..*", paramLabel = "FILE|DIR", description = "Editions, or folders searched for *.xml (default: tei/).")
    List<Path> paths = new ArrayList<>();

    @Mixin
    BuildRunner runner;

    @Spec
    CommandSpec spec;

    abstract Set<View> views();

    @Override
    public Integer call() throws IOException {
        List<Path> sources = paths.isEmpty() ? BuildRunner.defaultSources() : paths;
        return runner.run(sources, views(), spec.commandLine().getOut(), spec.commandLine().getErr());
    }
}
