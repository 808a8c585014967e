package org.sigla.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import org.sigla.validate.Problem;
import org.sigla.validate.Report;
import org.sigla.validate.Severity;

/** How problems and reports are printed: one line each for editors, JSON for machines. */
final class Output {

    private Output() {}

    static void printText(PrintWriter out, List<Report> reports, boolean verbose) {
        for (Report report : reports) {
            report.notes().forEach(note -> out.println(report.file() + ": note: " + note));
            for (Problem problem : report.problems()) {
                out.println(problem);
                if (verbose) {
                    if (problem.reference() != null) {
                        out.println("    see " + problem.reference());
                    }
                    if (problem.detail() != null) {
                        out.println("    in full: " + problem.detail());
                    }
                }
            }
            if (verbose) {
                report.alsoFound().forEach(problem -> out.println("    the same mistake, also: " + problem));
            }
        }
        long valid = reports.stream().filter(Report::isValid).count();
        long errors = reports.stream().mapToLong(r -> r.count(Severity.ERROR)).sum();
        long warnings = reports.stream().mapToLong(r -> r.count(Severity.WARNING)).sum();
        int files = reports.size();
        out.printf(Locale.ROOT, "%d %s checked: %d valid, %d invalid (%d %s, %d %s)%n",
                files, plural(files, "file"), valid, files - valid, errors, plural(errors, "error"),
                warnings, plural(warnings, "warning"));
        out.flush();
    }

    static void printJson(PrintWriter out, List<Report> reports) {
        StringBuilder json = new StringBuilder("{\"files\":[");
        for (int i = 0; i < reports.size(); i++) {
            Report report = reports.get(i);
            json.append(i == 0 ? "" : ",").append("{\"file\":").append(quote(report.file().toString()))
                .append(",\"valid\":").append(report.isValid()).append(",\"problems\":[");
            List<Problem> problems = report.problems();
            for (int j = 0; j < problems.size(); j++) {
                Problem p = problems.get(j);
                json.append(j == 0 ? "" : ",")
                    .append("{\"line\":").append(p.line()).append(",\"column\":").append(p.column())
                    .append(",\"severity\":").append(quote(p.severity().label()))
                    .append(",\"rule\":").append(quote(p.rule()))
                    .append(",\"message\":").append(quote(p.message()));
                if (p.source() != null) {
                    json.append(",\"schema\":").append(quote(p.source()));
                }
                if (p.reference() != null) {
                    json.append(",\"guidelines\":").append(quote(p.reference()));
                }
                if (p.detail() != null) {
                    json.append(",\"detail\":").append(quote(p.detail()));
                }
                json.append('}');
            }
            json.append("],\"alsoFound\":[");
            for (int j = 0; j < report.alsoFound().size(); j++) {
                Problem p = report.alsoFound().get(j);
                json.append(j == 0 ? "" : ",").append("{\"line\":").append(p.line()).append(",\"column\":").append(p.column())
                    .append(",\"rule\":").append(quote(p.rule())).append(",\"message\":").append(quote(p.message())).append('}');
            }
            json.append("],\"notes\":[");
            for (int j = 0; j < report.notes().size(); j++) {
                json.append(j == 0 ? "" : ",").append(quote(report.notes().get(j)));
            }
            json.append("]}");
        }
        long valid = reports.stream().filter(Report::isValid).count();
        json.append("],\"summary\":{\"files\":").append(reports.size()).append(",\"valid\":").append(valid)
            .append(",\"invalid\":").append(reports.size() - valid).append("}}");
        out.println(json);
        out.flush();
    }

    /** What checks an edition: one line per schema or set of rules, in the order they run. */
    static void printPlan(PrintWriter out, java.nio.file.Path file, org.sigla.validate.CheckPlan plan) {
        out.println(file + ":");
        for (org.sigla.validate.CheckPlan.Check check : plan.checks()) {
            String layer = switch (check.layer()) {
                case GRAMMAR -> "grammar";
                case SIGLA_RULES -> "rules";
                case EDITION_RULES -> "house rules";
            };
            out.printf(Locale.ROOT, "  %-12s %s: %s%s%n", layer, check.source(), check.origin(), check.advisory() ? ", findings as warnings" : "");
        }
        plan.notes().forEach(note -> out.println("  note: " + note));
    }

    private static String plural(long count, String word) {
        return count == 1 ? word : word + "s";
    }

    static String quote(String text) {
        StringBuilder quoted = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> quoted.append("\\\"");
                case '\\' -> quoted.append("\\\\");
                case '\n' -> quoted.append("\\n");
                case '\r' -> quoted.append("\\r");
                case '\t' -> quoted.append("\\t");
                default -> {
                    if (c < 0x20) {
                        quoted.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        quoted.append(c);
                    }
                }
            }
        }
        return quoted.append('"').toString();
    }
}
