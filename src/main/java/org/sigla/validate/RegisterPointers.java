package org.sigla.validate;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.sf.saxon.s9api.QName;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.XdmNodeKind;
import net.sf.saxon.s9api.streams.Steps;

/**
 * In a project, a local pointer ({@code ref="#p12"}) may name an entry of one of its
 * registers: Sigla's rule that a pointer resolves in its own file then holds in the project.
 */
final class RegisterPointers {

    private static final QName XML_ID = new QName("xml", "http://www.w3.org/XML/1998/namespace", "id");
    /** The rules that a pointer into a register satisfies: it resolves, and (for a name) to an entry. */
    private static final Set<String> RULES = Set.of("pointer-resolves", "name-ref");
    private static final Pattern POINTER = Pattern.compile("#([^\\s,]+?)(?=[,\\s]|$)");

    private RegisterPointers() {}

    /** The problems less the pointers that every id they name resolves in a register. */
    static List<Problem> withoutResolved(List<Problem> problems, List<XdmNode> registers) {
        if (registers.isEmpty() || problems.stream().noneMatch(problem -> RULES.contains(problem.rule()))) {
            return problems;
        }
        Set<String> ids = new HashSet<>();
        for (XdmNode register : registers) {
            register.select(Steps.descendant()).forEach(node -> {
                String id = node.getNodeKind() == XdmNodeKind.ELEMENT ? node.getAttributeValue(XML_ID) : null;
                if (id != null) {
                    ids.add(id);
                }
            });
        }
        return problems.stream().filter(problem -> !resolvedIn(problem, ids)).toList();
    }

    private static boolean resolvedIn(Problem problem, Set<String> ids) {
        if (!RULES.contains(problem.rule())) {
            return false;
        }
        String message = problem.message();
        Matcher pointer = POINTER.matcher(message.substring(0, Math.max(0, message.indexOf(", which"))));
        boolean any = false;
        while (pointer.find()) {
            if (!ids.contains(pointer.group(1))) {
                return false;
            }
            any = true;
        }
        return any;
    }
}
