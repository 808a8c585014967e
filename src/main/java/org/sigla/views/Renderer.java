package org.sigla.views;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.sigla.Edition;

/** What renders an edition's views into a folder: {@link Views}, or a stand-in a caller wraps around it. */
@FunctionalInterface
public interface Renderer {

    /**
     * Renders the views into {@code folder}; a view that fails is reported in the result, not thrown.
     *
     * @throws ViewException only when nothing can be rendered (a stylesheet missing, say)
     */
    Rendering render(Set<View> views, Edition edition, Path folder, Map<String, String> parameters) throws ViewException;
}
