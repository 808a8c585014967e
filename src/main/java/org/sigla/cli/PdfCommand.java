package org.sigla.cli;

import java.util.EnumSet;
import java.util.Set;
import org.sigla.views.View;
import picocli.CommandLine.Command;

/** {@code sigla pdf}: only the print edition. */
@Command(name = "pdf", mixinStandardHelpOptions = true, description = "Builds only the print edition (edition.pdf), typeset by Apache FOP.")
final class PdfCommand extends ViewsCommand {
    @Override
    Set<View> views() {
        return EnumSet.of(View.PDF);
    }
}
