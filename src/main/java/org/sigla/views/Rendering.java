package org.sigla.views;

import java.util.List;
import java.util.Map;

/**
 * What came of rendering the views of one edition: the warnings the stylesheets and FOP
 * gave, each once, and the views that failed, each with one line for the editor. The views
 * that did not fail are complete in the folder.
 */
public record Rendering(List<String> warnings, Map<View, String> failures) {

    public Rendering {
        warnings = List.copyOf(warnings);
        failures = Map.copyOf(failures);
    }
}
