package org.sigla.validate;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.sf.saxon.s9api.XdmNode;

/**
 * The editorial rules' messages, completed where Sigla can help more: a pointer to an id
 * that does not exist names the nearest id that does ({@code #a33}: did you mean
 * {@code #a3}?), and every message names the Guidelines page of the element it is about.
 */
final class RuleMessages {

    private static final Pattern POINTER = Pattern.compile("#([^\\s,]+?)(?=[,\\s]|$)");

    private RuleMessages() {}

    static Problem complete(Problem raw, Places places) {
        XdmNode element = places.at(raw.file(), raw.line(), raw.column());
        String reference = element == null ? null : Guidelines.page(element.getNodeName().getLocalName());
        String message = raw.message();
        if (raw.rule().equals("pointer-resolves")) {
            List<String> meant = new ArrayList<>();
            Matcher pointer = POINTER.matcher(message.substring(0, Math.max(0, message.indexOf(", which"))));
            List<String> ids = places.ids();
            while (pointer.find()) {
                Suggestions.nearest(pointer.group(1), ids).stream().limit(1).map(id -> "#" + id).forEach(meant::add);
            }
            if (!meant.isEmpty()) {
                message = message.replaceAll("\\.$", "") + "; did you mean " + String.join(", ", meant) + "?";
            }
        }
        return raw.with(raw.line(), raw.column(), message, reference, raw.detail());
    }
}
