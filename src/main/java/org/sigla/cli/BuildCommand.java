package org.sigla.cli;

import java.util.Set;
import org.sigla.views.View;
import picocli.CommandLine.Command;

/** {@code sigla build}: every view of every edition named (by default, the shipped ones in tei/). */
@Command(name = "build", mixinStandardHelpOptions = true,
        description = "Validates editions and builds their web edition, plain text and apparatus (HTML and text).")
final class BuildCommand extends ViewsCommand {
    @Override
    Set<View> views() {
        return View.built();
    }
}
