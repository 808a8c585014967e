package org.sigla.publish;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sigla.Sigla;
import org.sigla.views.Renderer;
import org.sigla.views.Rendering;
import org.sigla.views.View;

/** Sigla's views, with one view of one named edition failing as a real failure would: reported, its file absent. */
final class FailingView {

    private FailingView() {}

    static Renderer of(Sigla sigla, String edition, View view) {
        return (views, tei, out, parameters) -> {
            if (!tei.name().equals(edition) || !views.contains(view)) {
                return sigla.views().render(views, tei, out, parameters);
            }
            Set<View> others = EnumSet.copyOf(views);
            others.remove(view);
            Rendering rest = others.isEmpty() ? new Rendering(List.of(), Map.of()) : sigla.views().render(others, tei, out, parameters);
            Map<View, String> failures = new HashMap<>(rest.failures());
            failures.put(view, message(tei.file().toString(), view));
            return new Rendering(rest.warnings(), failures);
        };
    }

    static String message(String file, View view) {
        return file + ": error: the " + view.title() + " could not be made: a failure on purpose [view-" + view.id() + "]";
    }
}
