package org.sigla.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sigla.Edition;
import org.sigla.EditionException;
import org.sigla.Sigla;
import org.sigla.validate.Report;
import org.sigla.validate.Validator;
import org.sigla.views.View;
import org.sigla.views.ViewException;

/**
 * Builds the views of editions into an output folder: each source is parsed once,
 * validated, rendered into a staging folder and moved into place when complete.
 */
public final class Build {

    /**
     * @param output     the output folder; each edition gets a folder named after its file
     * @param views      the views to render
     * @param parameters stylesheet parameters, passed to every view
     * @param force      build invalid editions anyway, and write into an output folder Sigla did not make
     */
    public record Options(Path output, Set<View> views, Map<String, String> parameters, boolean force) {
        public Options {
            views = Set.copyOf(views);
            parameters = Map.copyOf(parameters);
        }
    }

    /**
     * Above this size a build leaves out the print edition: FOP lays a page sequence out in
     * memory, and a PDF of tens of thousands of pages is nobody's print edition. Asked for
     * alone ({@code sigla pdf}), it is typeset whatever the size.
     */
    static final long PRINT_LIMIT_BYTES = 20_000_000;

    private final Sigla sigla;
    private final Validator validator;

    public Build(Sigla sigla, Validator validator) {
        this.sigla = sigla;
        this.validator = validator;
    }

    public BuildSummary run(List<Path> sources, Options options, BuildListener listener)
            throws IOException, ViewException, OutputRefusedException {
        int built = 0;
        int invalid = 0;
        int unreadable = 0;
        int forced = 0;
        try (OutputFolder output = OutputFolder.open(options.output(), sources, options.force())) {
            for (Path source : sources) {
                Edition edition;
                try {
                    edition = sigla.read(source);
                } catch (EditionException e) {
                    listener.problem(e.problem());
                    if (e.isUnreadable()) {
                        unreadable++;
                    } else {
                        invalid++;
                    }
                    continue;
                }
                Report report = validator.check(edition);
                report.problems().forEach(listener::problem);
                if (!report.isValid()) {
                    if (!options.force()) {
                        listener.warning(source, "not built: the edition is invalid (--force builds it anyway)");
                        invalid++;
                        continue;
                    }
                    listener.warning(source, "built although invalid, as --force asked");
                    forced++;
                }
                Path folder = output.stage(edition.name());
                boolean tooLongToPrint = options.views().size() > 1 && Files.size(source) > PRINT_LIMIT_BYTES;
                if (tooLongToPrint && options.views().contains(View.PDF)) {
                    listener.warning(source, "warning: no print edition: at " + Files.size(source) / 1_000_000
                            + " MB the edition would be tens of thousands of pages; 'sigla pdf' typesets it anyway [print-size]");
                }
                for (View view : View.values()) {
                    if (options.views().contains(view) && !(view == View.PDF && tooLongToPrint)) {
                        for (String warning : sigla.views().render(view, edition, folder, options.parameters())) {
                            listener.warning(source, warning);
                        }
                    }
                }
                output.publish(edition.name());
                listener.built(source, options.output().resolve(edition.name()));
                built++;
            }
        }
        return new BuildSummary(built, invalid, unreadable, forced);
    }
}
