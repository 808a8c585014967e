package org.sigla.validate;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.sf.saxon.s9api.XdmNode;

/**
 * Jing's messages, rephrased for an editor. Jing is right and exhaustive: an unknown element
 * gets the two hundred names allowed in its place. The editor needs the one meant
 * ({@code did you mean <persName>?}), or a few likely ones and how many there are; the full
 * list stays in the problem's detail, for --verbose. The place is the element's own, and the
 * message names its page in the TEI Guidelines.
 */
final class GrammarMessages {

    /** Never more names than this in a message. */
    static final int MOST_NAMED = 5;

    private static final Pattern ELEMENT_NOT_ALLOWED = Pattern.compile("element \"([^\"]+)\" not allowed (?:anywhere|here|yet)(?:; (.*))?");
    private static final Pattern ATTRIBUTE_NOT_ALLOWED = Pattern.compile("attribute \"([^\"]+)\" not allowed(?: here)?(?:; (.*))?");
    private static final Pattern FOUND_ATTRIBUTE = Pattern.compile("found attribute \"([^\"]+)\", but no attributes allowed here");
    private static final Pattern INCOMPLETE = Pattern.compile("element \"([^\"]+)\" incomplete; (.*)");
    private static final Pattern MISSING_ATTRIBUTE = Pattern.compile("element \"([^\"]+)\" missing required attribute \"([^\"]+)\"");
    private static final Pattern BAD_VALUE = Pattern.compile("value of attribute \"([^\"]+)\" is invalid; (.*)");
    private static final Pattern QUOTED = Pattern.compile("\"([^\"]+)\"");

    private GrammarMessages() {}

    static Problem rephrase(Problem raw, Places places) {
        String message = raw.message().replaceAll("\\s*\\(with xmlns:[^)]*\\)\\s*$", "");
        Matcher m;
        if ((m = ELEMENT_NOT_ALLOWED.matcher(message)).matches()) {
            String name = m.group(1);
            XdmNode element = places.element(raw.file(), raw.line(), name);
            List<String> expected = elementNames(m.group(2));
            XdmNode parent = element == null ? null : element.getParent();
            String where = parent == null || parent.getNodeName() == null ? "here" : "inside <" + parent.getNodeName().getLocalName() + ">";
            // A real TEI element in the wrong place is not a typo: no look-alike names for it.
            List<String> meant = Guidelines.elements().contains(name) ? List.of()
                    : Suggestions.nearest(name, expected.isEmpty() ? Guidelines.elements() : expected);
            String text = "element \"" + name + "\" is not allowed " + where + "; "
                    + (!meant.isEmpty() ? "did you mean " + either(meant, "<", ">") + "?" : expectation(name, expected, "<", ">", m.group(2)));
            String reference = !meant.isEmpty() ? Guidelines.page(meant.get(0))
                    : parent == null || parent.getNodeName() == null ? null : Guidelines.page(parent.getNodeName().getLocalName());
            return at(raw, element, text, reference);
        }
        if ((m = ATTRIBUTE_NOT_ALLOWED.matcher(message)).matches() || (m = FOUND_ATTRIBUTE.matcher(message)).matches()) {
            String name = m.group(1);
            XdmNode element = places.carrier(raw.file(), raw.line(), name);
            List<String> expected = m.groupCount() > 1 && m.group(2) != null ? quoted(m.group(2)) : List.of();
            List<String> meant = Suggestions.nearest(name, expected);
            String owner = element == null ? "here" : "on <" + element.getNodeName().getLocalName() + ">";
            String text = "attribute \"" + name + "\" is not allowed " + owner + "; "
                    + (!meant.isEmpty() ? "did you mean " + either(meant, "@", "") + "?"
                       : expected.isEmpty() ? "it takes no attributes" : expectation(name, expected, "@", "", m.group(2)));
            return at(raw, element, text, element == null ? null : Guidelines.page(element.getNodeName().getLocalName()));
        }
        if ((m = BAD_VALUE.matcher(message)).matches()) {
            String name = m.group(1);
            XdmNode element = places.carrier(raw.file(), raw.line(), name);
            String value = element == null ? null : Places.value(element, name);
            List<String> allowed = quoted(m.group(2));
            List<String> meant = value == null ? List.of() : Suggestions.nearest(value, allowed);
            String owner = element == null ? "" : " of <" + element.getNodeName().getLocalName() + ">";
            String text = (value == null ? "the value" : "the value \"" + value + "\"") + " of attribute \"" + name + "\"" + owner
                    + " is not allowed; " + (!meant.isEmpty() ? "did you mean " + either(meant, "\"", "\"") + "?" : m.group(2));
            return at(raw, element, text, element == null ? null : Guidelines.page(element.getNodeName().getLocalName()));
        }
        if ((m = INCOMPLETE.matcher(message)).matches()) {
            String name = m.group(1);
            XdmNode element = places.element(raw.file(), raw.line(), name);
            List<String> expected = elementNames(m.group(2));
            String text = "element \"" + name + "\" is incomplete; it needs " + (expected.isEmpty() ? m.group(2) : listed(name, expected, "<", ">", "or"));
            return at(raw, element, text, Guidelines.page(name));
        }
        if ((m = MISSING_ATTRIBUTE.matcher(message)).matches()) {
            XdmNode element = places.element(raw.file(), raw.line(), m.group(1));
            return at(raw, element, "element \"" + m.group(1) + "\" lacks the attribute \"" + m.group(2) + "\", which it requires",
                    Guidelines.page(m.group(1)));
        }
        return raw;
    }

    /** The problem placed at the element (Saxon's events give Jing the right line but not always the column). */
    private static Problem at(Problem raw, XdmNode element, String message, String reference) {
        boolean shortened = !message.equals(raw.message());
        int line = element != null && element.getLineNumber() > 0 ? element.getLineNumber() : raw.line();
        int column = element != null && element.getColumnNumber() > 0 ? element.getColumnNumber() : raw.column();
        Problem placed = raw.with(line, column, message, reference, shortened ? raw.message() : null);
        return element == null ? placed : placed.in(Places.fileOf(element, raw.file()));
    }

    /** What Jing expected, when it names more than a handful: how many, and the likeliest few. */
    private static String expectation(String given, List<String> expected, String before, String after, String raw) {
        if (expected.isEmpty()) {
            return raw == null ? "it is not part of the schema" : raw.replaceAll("^expected ", "expected: ");
        }
        return "expected " + listed(given, expected, before, after, "or");
    }

    private static String listed(String given, List<String> names, String before, String after, String conjunction) {
        // Milestones, notes and anchors may stand almost anywhere: they are seldom what a place lacks.
        List<String> proper = names.stream().filter(name -> !Guidelines.isGlobal(name)).toList();
        List<String> candidates = proper.isEmpty() ? names : proper;
        if (candidates.size() <= MOST_NAMED) {
            return join(candidates, before, after, conjunction);
        }
        return "one of " + candidates.size() + " names, such as " + join(Suggestions.likeliest(given, candidates, MOST_NAMED), before, after, "or")
                + " (--verbose lists them all)";
    }

    private static String either(List<String> names, String before, String after) {
        return join(names, before, after, "or");
    }

    private static String join(List<String> names, String before, String after, String conjunction) {
        List<String> marked = names.stream().map(n -> before + n + after).toList();
        if (marked.size() == 1) {
            return marked.get(0);
        }
        return String.join(", ", marked.subList(0, marked.size() - 1)) + " " + conjunction + " " + marked.get(marked.size() - 1);
    }

    /** The element names in Jing's "expected …" clause (not its "the element end-tag" or "text"). */
    private static List<String> elementNames(String clause) {
        if (clause == null) {
            return List.of();
        }
        int elements = clause.indexOf("element \"");
        return elements < 0 ? List.of() : quoted(clause.substring(elements));
    }

    private static List<String> quoted(String clause) {
        List<String> names = new ArrayList<>();
        Matcher m = QUOTED.matcher(clause);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }
}
