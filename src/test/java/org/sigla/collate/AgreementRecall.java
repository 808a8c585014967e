package org.sigla.collate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.XdmNodeKind;

/**
 * The measure of ../shared/collation/README.md (agreement.py), for the tests: of the pairs of
 * tokens that the editors' hand alignment shows as the same reading (same row, same text, two
 * witnesses), the share that a collated edition also shows as one reading: both outside every
 * app, or both in one lem or rdg at the same offset.
 */
final class AgreementRecall {

    private static final String TEI = "http://www.tei-c.org/ns/1.0";

    private AgreementRecall() {}

    /** The witnesses' words as the hand alignment has them, by siglum (first hands before correction left out), lacunae dropped. */
    static Map<String, List<String>> witnesses(Path csv) throws IOException {
        List<List<String>> rows = rows(csv);
        Map<String, List<String>> words = new LinkedHashMap<>();
        for (String siglum : sigla(rows)) {
            words.put(siglum, new ArrayList<>());
        }
        for (List<String> row : rows.subList(1, rows.size())) {
            for (int i = 0; i < rows.get(0).size(); i++) {
                String cell = i < row.size() ? row.get(i) : "";
                if (words.containsKey(rows.get(0).get(i)) && !cell.isEmpty() && !cell.equals("#LACUNA#")) {
                    words.get(rows.get(0).get(i)).addAll(List.of(cell.trim().split("\\s+")));
                }
            }
        }
        return words;
    }

    /** Each witness as the hand alignment has it, with one lacuna mark where each of its lacunae begins. */
    static Map<String, List<String>> witnessesWithLacunae(Path csv) throws IOException {
        List<List<String>> rows = rows(csv);
        Map<String, List<String>> words = new LinkedHashMap<>();
        for (String siglum : sigla(rows)) {
            int column = rows.get(0).indexOf(siglum);
            List<String> own = new ArrayList<>();
            boolean lost = false;
            for (List<String> row : rows.subList(1, rows.size())) {
                String cell = column < row.size() ? row.get(column) : "";
                if (cell.equals("#LACUNA#")) {
                    if (!lost) {
                        own.add(Token.LACUNA_MARK);
                    }
                    lost = true;
                } else {
                    lost = false;
                    if (!cell.isEmpty()) {
                        own.addAll(List.of(cell.trim().split("\\s+")));
                    }
                }
            }
            words.put(siglum, own);
        }
        return words;
    }

    static double of(Path csv, XdmNode edition) throws IOException {
        List<List<String>> rows = rows(csv);
        List<String> sigla = sigla(rows);
        // Gold: per witness, the row of each token; the pairs that agree.
        Map<String, Integer> position = new LinkedHashMap<>();
        sigla.forEach(s -> position.put(s, 0));
        List<int[]> pairs = new ArrayList<>();
        for (List<String> row : rows.subList(1, rows.size())) {
            Map<String, String> here = new LinkedHashMap<>();
            Map<String, Integer> start = new LinkedHashMap<>();
            for (String siglum : sigla) {
                int column = rows.get(0).indexOf(siglum);
                String cell = column < row.size() ? row.get(column) : "";
                if (!cell.isEmpty() && !cell.equals("#LACUNA#")) {
                    here.put(siglum, cell);
                    start.put(siglum, position.get(siglum));
                    position.merge(siglum, cell.trim().split("\\s+").length, Integer::sum);
                }
            }
            List<String> present = new ArrayList<>(here.keySet());
            for (int a = 0; a < present.size(); a++) {
                for (int b = a + 1; b < present.size(); b++) {
                    if (here.get(present.get(a)).equals(here.get(present.get(b)))) {
                        for (int k = 0; k < here.get(present.get(a)).trim().split("\\s+").length; k++) {
                            pairs.add(new int[] {sigla.indexOf(present.get(a)), start.get(present.get(a)) + k,
                                sigla.indexOf(present.get(b)), start.get(present.get(b)) + k});
                        }
                    }
                }
            }
        }
        // The edition: per witness, the cell of each of its tokens.
        Map<String, List<Object>> cells = new LinkedHashMap<>();
        sigla.forEach(s -> cells.put(s, new ArrayList<>()));
        XdmNode body = edition.select(net.sf.saxon.s9api.streams.Steps.descendant(TEI, "body")).findFirst().orElseThrow();
        walk(body, cells, new int[1]);
        int hit = 0;
        for (int[] pair : pairs) {
            List<Object> a = cells.get(sigla.get(pair[0]));
            List<Object> b = cells.get(sigla.get(pair[2]));
            if (pair[1] < a.size() && pair[3] < b.size() && Objects.equals(a.get(pair[1]), b.get(pair[3]))) {
                hit++;
            }
        }
        return pairs.isEmpty() ? 0 : (double) hit / pairs.size();
    }

    private static void walk(XdmNode node, Map<String, List<Object>> cells, int[] counter) {
        for (XdmNode child : node.children()) {
            if (child.getNodeKind() == XdmNodeKind.TEXT) {
                for (String ignored : words(child.getStringValue())) {
                    int n = counter[0]++;
                    cells.values().forEach(list -> list.add(List.of("c", n)));
                }
            } else if (child.getNodeKind() == XdmNodeKind.ELEMENT && child.getNodeName().getLocalName().equals("app")) {
                int n = counter[0]++;
                int k = 0;
                for (XdmNode reading : child.children()) {
                    if (reading.getNodeKind() != XdmNodeKind.ELEMENT) {
                        continue;
                    }
                    List<String> tokens = words(reading.getStringValue());
                    String wit = Objects.requireNonNullElse(reading.getAttributeValue(new net.sf.saxon.s9api.QName("wit")), "");
                    for (String siglum : wit.trim().split("\\s+")) {
                        List<Object> own = cells.get(siglum.replaceFirst("^#", ""));
                        for (int j = 0; own != null && j < tokens.size(); j++) {
                            own.add(List.of("r", n, k, j));
                        }
                    }
                    k++;
                }
            } else if (child.getNodeKind() == XdmNodeKind.ELEMENT) {
                walk(child, cells, counter);
            }
        }
    }

    private static List<String> words(String text) {
        String trimmed = text.trim();
        return trimmed.isEmpty() ? List.of() : List.of(trimmed.split("\\s+"));
    }

    private static List<String> sigla(List<List<String>> rows) {
        return rows.get(0).stream().filter(h -> !h.contains("(a.c.)")).toList();
    }

    /** The CSV's rows (RFC 4180: a field in quotation marks may hold commas and doubled quotation marks; no field spans lines here). */
    private static List<List<String>> rows(Path csv) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        for (String line : Files.readAllLines(csv)) {
            List<String> fields = new ArrayList<>();
            StringBuilder field = new StringBuilder();
            boolean quoted = false;
            for (int i = 0; i < line.length(); i++) {
                char c = line.charAt(i);
                if (quoted && c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = !quoted;
                } else if (c == ',' && !quoted) {
                    fields.add(field.toString());
                    field.setLength(0);
                } else {
                    field.append(c);
                }
            }
            fields.add(field.toString());
            rows.add(fields);
        }
        return rows;
    }
}
