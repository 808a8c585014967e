package org.sigla.cli;

import java.util.EnumSet;
import java.util.Set;
import org.sigla.views.View;
import picocli.CommandLine.Command;

/** {@code sigla apparatus}: only the critical apparatus. */
@Command(name = "apparatus", mixinStandardHelpOptions = true,
        description = "Builds only the critical apparatus (apparatus.html and apparatus.txt).")
final class ApparatusCommand extends ViewsCommand {
    @Override
    Set<View> views() {
        return EnumSet.of(View.APPARATUS_HTML, View.APPARATUS_TEXT);
    }
}
