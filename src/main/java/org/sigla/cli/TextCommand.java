package org.sigla.cli;

import java.util.EnumSet;
import java.util.Set;
import org.sigla.views.View;
import picocli.CommandLine.Command;

/** {@code sigla text}: only the plain text. */
@Command(name = "text", mixinStandardHelpOptions = true, description = "Builds only the plain text (text.txt).")
final class TextCommand extends ViewsCommand {
    @Override
    Set<View> views() {
        return EnumSet.of(View.TEXT);
    }
}
