package org.sigla.views;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What came of rendering the views of one edition: the warnings the stylesheets and FOP
 * gave, each once, and the views that failed, each with one line for the editor. The views
 * that did not fail are complete in the folder. {@code read} names the files besides the edition's
 * own that the views were made from (its page images), whose change calls for a new rendering.
 */
public record Rendering(List<String> warnings, Map<View, String> failures, List<Path> read) {

    public Rendering {
        warnings = List.copyOf(warnings);
        failures = Map.copyOf(failures);
        read = List.copyOf(read);
    }

    public Rendering(List<String> warnings, Map<View, String> failures) {
        this(warnings, failures, List.of());
    }
}
