package org.sigla.serve;

import java.util.List;

/**
 * What a preview adds to each page it serves, never to what {@code sigla build} writes: the
 * script that reloads the page when its edition is rebuilt, and, above the last good
 * rendering, the problems of the last save (errors loudly, warnings less so), in the same
 * words as {@code sigla validate}.
 */
final class PageAdditions {

    private PageAdditions() {}

    static String of(String edition, Preview.Status status) {
        StringBuilder html = new StringBuilder();
        if (status != null && !status.errors().isEmpty()) {
            html.append("<div id=\"sigla-problems\" class=\"sigla-errors\" role=\"alert\" style=\"position:fixed;inset:0 0 auto 0;"
                    + "max-height:60vh;overflow:auto;z-index:2147483647;margin:0;padding:1em 1.5em;background:#fff0f0;color:#600;"
                    + "border-bottom:3px solid #c00;font:14px/1.5 monospace;white-space:pre-wrap\">"
                    + "<strong style=\"font-family:sans-serif\">The last save has problems; the page shows the last good build.</strong>\n");
            lines(html, status.errors());
            lines(html, status.warnings());
            html.append("</div>");
        } else if (status != null && !status.warnings().isEmpty()) {
            html.append("<div id=\"sigla-problems\" class=\"sigla-warnings\" role=\"status\" style=\"position:fixed;right:1em;bottom:1em;"
                    + "max-width:40em;max-height:30vh;overflow:auto;z-index:2147483647;padding:.6em 1em;background:#fffbe6;color:#543;"
                    + "border:1px solid #cb8;font:12px/1.4 monospace;white-space:pre-wrap;opacity:.92\">");
            lines(html, status.warnings());
            html.append("</div>");
        }
        html.append("<script>(function(){var edition=\"").append(js(edition)).append("\";")
            .append("var events=new EventSource('/_sigla/events');")
            .append("events.onmessage=function(e){if(e.data===edition||e.data===''&&edition===''){location.reload();}};})();</script>");
        return html.toString();
    }

    /** A page for an edition that has never built (malformed from the start, say): the problems alone. */
    static String placeholder(String edition, Preview.Status status) {
        return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + escape(edition)
                + "</title></head><body><main><h1>" + escape(edition) + "</h1><p>Not built yet.</p></main>"
                + of(edition, status) + "</body></html>";
    }

    /** The page with the additions put before its closing body tag. */
    static String into(String page, String additions) {
        int end = page.lastIndexOf("</body>");
        return end < 0 ? page + additions : page.substring(0, end) + additions + page.substring(end);
    }

    private static void lines(StringBuilder html, List<String> lines) {
        for (String line : lines) {
            html.append("<div class=\"sigla-problem\">").append(escape(line)).append("</div>");
        }
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static String js(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            out.append(Character.isLetterOrDigit(c) || c == '-' || c == '_' || c == '.' ? String.valueOf(c) : String.format("\\u%04x", (int) c));
        }
        return out.toString();
    }
}
