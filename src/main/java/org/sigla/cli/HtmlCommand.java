package org.sigla.cli;

import java.util.EnumSet;
import java.util.Set;
import org.sigla.views.View;
import picocli.CommandLine.Command;

/** {@code sigla html}: only the web edition. */
@Command(name = "html", mixinStandardHelpOptions = true, description = "Builds only the web edition (index.html and source.html).")
final class HtmlCommand extends ViewsCommand {
    @Override
    Set<View> views() {
        return EnumSet.of(View.HTML);
    }
}
