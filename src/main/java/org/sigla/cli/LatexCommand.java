package org.sigla.cli;

import java.util.EnumSet;
import java.util.Set;
import org.sigla.views.View;
import picocli.CommandLine.Command;

/** {@code sigla latex}: the print edition as LaTeX for reledmac (edition.tex), not typeset. */
@Command(name = "latex", mixinStandardHelpOptions = true,
        description = "Writes the print edition as LaTeX for LuaLaTeX and reledmac (edition.tex): numbered lines, the apparatus keyed to them.")
final class LatexCommand extends ViewsCommand {
    @Override
    Set<View> views() {
        return EnumSet.of(View.LATEX);
    }
}
