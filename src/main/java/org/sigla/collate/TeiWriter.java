package org.sigla.collate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a collation as a TEI P5 edition in parallel segmentation: the header's list of
 * witnesses, then a paragraph per block, where the words all witnesses share are plain text
 * and each place of variation is an {@code <app>} whose readings group the witnesses that
 * agree (the base witness's reading as {@code <lem>}, if there is a base). A witness's page
 * and line breaks stand where they fall, marked with its siglum ({@code @ed}); the inline
 * markup of a TEI witness goes around its words.
 */
final class TeiWriter {

    private final StringBuilder xml = new StringBuilder();

    private TeiWriter() {}

    static String write(List<WitnessText> witnesses, List<List<Alignment.Place>> blocks, String base, String language) {
        TeiWriter writer = new TeiWriter();
        writer.header(witnesses, language);
        for (List<Alignment.Place> block : blocks) {
            writer.xml.append("      <p>");
            boolean first = true;
            for (Alignment.Place place : block) {
                if (!first) {
                    writer.xml.append(' ');
                }
                first = false;
                if (place instanceof Alignment.Agreement agreement) {
                    writer.agreement(agreement, witnesses);
                } else if (place instanceof Alignment.Variation variation) {
                    writer.variation(variation, witnesses, base);
                } else if (place instanceof Alignment.Lacuna lacuna) {
                    writer.lacuna(lacuna);
                }
            }
            writer.xml.append("</p>\n");
        }
        writer.xml.append("    </body>\n  </text>\n</TEI>\n");
        return writer.xml.toString();
    }

    private void header(List<WitnessText> witnesses, String language) {
        List<String> sigla = witnesses.stream().map(WitnessText::siglum).toList();
        xml.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
           .append("<TEI xmlns=\"http://www.tei-c.org/ns/1.0\" xml:lang=\"").append(escape(language)).append("\">\n")
           .append("  <teiHeader>\n    <fileDesc>\n      <titleStmt>\n        <title>Collation of ")
           .append(escape(join(sigla))).append("</title>\n")
           .append("        <respStmt><resp>Collated with CollateX by</resp><name>sigla collate</name></respStmt>\n")
           .append("      </titleStmt>\n")
           .append("      <publicationStmt><p>Made by sigla collate from the witnesses below, to be edited.</p></publicationStmt>\n")
           .append("      <sourceDesc>\n        <listWit>\n");
        for (WitnessText witness : witnesses) {
            xml.append("          <witness xml:id=\"").append(escape(witness.siglum())).append("\">")
               .append(escape(witness.file())).append("</witness>\n");
        }
        xml.append("        </listWit>\n      </sourceDesc>\n    </fileDesc>\n")
           .append("    <encodingDesc>\n      <variantEncoding method=\"parallel-segmentation\" location=\"internal\"/>\n")
           .append("    </encodingDesc>\n  </teiHeader>\n  <text>\n    <body>\n");
    }

    private void agreement(Alignment.Agreement agreement, List<WitnessText> witnesses) {
        List<Token> words = new ArrayList<>();
        List<Breaks> breaks = new ArrayList<>();
        for (List<Token> column : agreement.columns()) {
            // Every witness's breaks before the word, each marked with its siglum.
            List<Token.Milestone> milestones = new ArrayList<>();
            List<String> marked = new ArrayList<>();
            for (int w = 0; w < column.size(); w++) {
                if (column.get(w) == null) {
                    continue;
                }
                for (Token.Milestone milestone : column.get(w).milestones()) {
                    milestones.add(milestone);
                    marked.add(witnesses.get(w).siglum());
                }
            }
            words.add(Alignment.Agreement.word(column));
            breaks.add(new Breaks(milestones, marked));
        }
        tokens(words, breaks);
    }

    /**
     * Where witnesses break off or resume, as TEI records it in parallel segmentation: a reading
     * of theirs that holds {@code <lacunaStart/>} or {@code <lacunaEnd/>}. Between the two, they
     * have no reading; the words the extant witnesses share stand outside any app.
     */
    private void lacuna(Alignment.Lacuna lacuna) {
        String wit = String.join(" ", lacuna.sigla().stream().map(s -> "#" + s).toList());
        xml.append("<app type=\"lacuna\"><rdg wit=\"").append(escape(wit)).append("\">")
           .append(lacuna.start() ? "<lacunaStart/>" : "<lacunaEnd/>").append("</rdg></app>");
    }

    private void variation(Alignment.Variation variation, List<WitnessText> witnesses, String base) {
        // Witnesses that read alike share a reading, in the order of their first witness.
        Map<String, List<String>> groups = new LinkedHashMap<>();
        Map<String, List<Token>> readings = new LinkedHashMap<>();
        for (Map.Entry<String, List<Token>> reading : variation.readings().entrySet()) {
            String key = reading.getValue().stream().map(Token::text).reduce("", (a, b) -> a + " " + b);
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(reading.getKey());
            readings.putIfAbsent(key, reading.getValue());
        }
        xml.append(variation.transposed() ? "<app type=\"transposition\">" : "<app>");
        String lemmaKey = null;
        if (base != null) {
            for (Map.Entry<String, List<String>> group : groups.entrySet()) {
                if (group.getValue().contains(base)) {
                    lemmaKey = group.getKey();
                }
            }
        }
        if (lemmaKey != null) {
            reading("lem", groups.get(lemmaKey), readings.get(lemmaKey), variation);
        }
        for (Map.Entry<String, List<String>> group : groups.entrySet()) {
            if (!group.getKey().equals(lemmaKey)) {
                reading("rdg", group.getValue(), readings.get(group.getKey()), variation);
            }
        }
        xml.append("</app>");
    }

    private void reading(String element, List<String> sigla, List<Token> tokens, Alignment.Variation variation) {
        String wit = String.join(" ", sigla.stream().map(s -> "#" + s).toList());
        xml.append('<').append(element).append(" wit=\"").append(escape(wit)).append('"');
        // The breaks of every witness of the reading, each with its own siglum.
        List<Breaks> breaks = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            List<Token.Milestone> milestones = new ArrayList<>();
            List<String> marked = new ArrayList<>();
            for (String siglum : sigla) {
                List<Token> own = variation.readings().get(siglum);
                if (i < own.size()) {
                    for (Token.Milestone milestone : own.get(i).milestones()) {
                        milestones.add(milestone);
                        marked.add(siglum);
                    }
                }
            }
            breaks.add(new Breaks(milestones, marked));
        }
        if (tokens.isEmpty()) {
            xml.append("/>");
            return;
        }
        xml.append('>');
        tokens(tokens, breaks);
        xml.append("</").append(element).append('>');
    }

    /** The breaks to write before the word at a position of the sequence being written. */
    private record Breaks(List<Token.Milestone> milestones, List<String> sigla) { }

    /** Words with the markup around them: an element opened where a word enters it, closed where the next leaves it. */
    private void tokens(List<Token> words, List<Breaks> breaks) {
        List<Token.Inline> open = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            Token word = words.get(i);
            int shared = 0;
            while (shared < open.size() && shared < word.markup().size() && open.get(shared).id() == word.markup().get(shared).id()) {
                shared++;
            }
            for (int close = open.size() - 1; close >= shared; close--) {
                xml.append("</").append(open.remove(close).name()).append('>');
            }
            if (i > 0) {
                xml.append(' ');
            }
            Breaks before = breaks.get(i);
            for (int b = 0; b < before.milestones().size(); b++) {
                Token.Milestone milestone = before.milestones().get(b);
                xml.append('<').append(milestone.name()).append(" ed=\"").append(escape(before.sigla().get(b))).append('"');
                if (milestone.n() != null) {
                    xml.append(" n=\"").append(escape(milestone.n())).append('"');
                }
                xml.append("/>");
            }
            for (int add = shared; add < word.markup().size(); add++) {
                Token.Inline inline = word.markup().get(add);
                xml.append('<').append(inline.name());
                for (String[] attribute : inline.attributes()) {
                    xml.append(' ').append(attribute[0]).append("=\"").append(escape(attribute[1])).append('"');
                }
                xml.append('>');
                open.add(inline);
            }
            xml.append(escape(word.text()));
        }
        for (int close = open.size() - 1; close >= 0; close--) {
            xml.append("</").append(open.get(close).name()).append('>');
        }
    }

    private static String join(List<String> sigla) {
        if (sigla.size() == 1) {
            return sigla.get(0);
        }
        return String.join(", ", sigla.subList(0, sigla.size() - 1)) + " and " + sigla.get(sigla.size() - 1);
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
