package org.sigla.cli;

import java.io.IOException;
import java.util.EnumSet;
import java.util.Set;
import org.sigla.views.LatexPrinter;
import org.sigla.views.View;
import org.sigla.views.Views;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code sigla pdf}: only the print edition, typeset by FOP or by LuaLaTeX. */
@Command(name = "pdf", mixinStandardHelpOptions = true,
        description = "Builds only the print edition (edition.pdf): with Apache FOP (needs nothing installed), or with --engine latex"
                + " LuaLaTeX and reledmac (numbered lines, the apparatus keyed to them).")
final class PdfCommand extends ViewsCommand {

    enum Engine { fop, latex }

    @Option(names = "--engine", paramLabel = "ENGINE", defaultValue = "fop",
            description = "fop (default) or latex (needs LuaLaTeX, reledmac and latexmk: see README).")
    Engine engine;

    @Override
    Set<View> views() {
        return EnumSet.of(View.PDF);
    }

    @Override
    public Integer call() throws IOException {
        if (engine == Engine.latex) {
            String missing = LatexPrinter.missing();
            if (missing != null) {
                spec.commandLine().getErr().println("sigla: " + missing);
                spec.commandLine().getErr().flush();
                return ExitCode.USAGE;
            }
            runner.parameters.put(Views.PRINT_ENGINE, "latex");
        }
        return super.call();
    }
}
