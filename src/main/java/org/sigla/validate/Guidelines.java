package org.sigla.validate;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Where the TEI Guidelines describe an element: the page a message about it points to. */
final class Guidelines {

    private static final String PAGE = "https://tei-c.org/release/doc/tei-p5-doc/en/html/ref-%s.html";
    /** The same list of TEI P5's elements the views use (made from tei_all.rng). */
    private static final String NAMES = "/org/sigla/xslt/modules/common/tei-elements.xml";
    private static final Set<String> ELEMENTS = load("all");
    /** Elements of model.global (milestones, notes, anchors…), allowed almost anywhere. */
    private static final Set<String> GLOBAL = load("global");

    private Guidelines() {}

    /** The page of a TEI element, or null for a name that is not one. */
    static String page(String element) {
        return element != null && ELEMENTS.contains(element) ? String.format(PAGE, element) : null;
    }

    static Set<String> elements() {
        return ELEMENTS;
    }

    static boolean isGlobal(String element) {
        return GLOBAL.contains(element);
    }

    private static Set<String> load(String part) {
        try (InputStream in = Guidelines.class.getResourceAsStream(NAMES)) {
            if (in == null) {
                return Set.of();
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            Matcher names = Pattern.compile("<" + part + ">([^<]*)</" + part + ">").matcher(text);
            return names.find() ? Set.of(names.group(1).trim().split("\\s+")) : Set.of();
        } catch (IOException e) {
            return Set.of();
        }
    }
}
