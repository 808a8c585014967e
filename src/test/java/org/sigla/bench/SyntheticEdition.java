package org.sigla.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/**
 * Synthetic TEI editions shaped like real ones, made reproducibly from a seed: paragraphs
 * with names and dates, notes kept apart and notes written inline, a three-witness
 * apparatus, corrections, supplied text and page breaks. One unit is about the memoir's size.
 */
final class SyntheticEdition {

    private static final String[] WORDS = ("la révolution des soviets fut alors préparée dans la nuit par les camarades du comité "
            + "qui devaient prendre le pouvoir avec la garnison de la ville et les ouvriers des quartiers").split(" ");

    private SyntheticEdition() {}

    /** Writes an edition of {@code units} units; returns its size in bytes. */
    static long write(Path file, int units, long seed) throws IOException {
        Random random = new Random(seed);
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("""
                <TEI xmlns="http://www.tei-c.org/ns/1.0" xml:lang="fr">
                  <teiHeader><fileDesc>
                    <titleStmt><title type="main">Édition synthétique %d</title><author>Sigla</author><editor xml:id="ed" n="Éd.">Banc d’essai</editor></titleStmt>
                    <publicationStmt><publisher>Sigla</publisher><date when="2026">2026</date></publicationStmt>
                    <sourceDesc><listWit><witness xml:id="A">Témoin A</witness><witness xml:id="B">Témoin B</witness><witness xml:id="C">Témoin C</witness></listWit></sourceDesc>
                  </fileDesc>
                  <profileDesc><calendarDesc><calendar xml:id="julian"><p>Julien</p></calendar></calendarDesc></profileDesc></teiHeader>
                  <standOff><listPerson>
                """.formatted(seed));
            for (int p = 0; p < 20; p++) {
                out.write("<person xml:id=\"person" + p + "\"><persName>Personne " + p + "</persName><note>Description " + p + ".</note></person>\n");
            }
            out.write("</listPerson><listPlace>");
            for (int p = 0; p < 10; p++) {
                out.write("<place xml:id=\"place" + p + "\"><placeName>Lieu " + p + "</placeName><note>Lieu.</note></place>\n");
            }
            out.write("</listPlace></standOff>\n<text><body>\n");
            StringBuilder notes = new StringBuilder();
            int paragraphs = units * 42;
            for (int i = 1; i <= paragraphs; i++) {
                if (i % 10 == 1) {
                    out.write("<pb n=\"" + (i / 10 + 1) + "\"/>\n");
                }
                out.write("<p>");
                for (int w = 0; w < 90; w++) {
                    out.write(WORDS[random.nextInt(WORDS.length)]);
                    out.write(' ');
                    switch (random.nextInt(40)) {
                        case 0 -> out.write("<persName ref=\"#person" + random.nextInt(20) + "\">Personne</persName> ");
                        case 1 -> out.write("<placeName ref=\"#place" + random.nextInt(10) + "\">Lieu</placeName> ");
                        case 2 -> out.write("<date when=\"1917-11-07\" when-custom=\"1917-10-25\" datingMethod=\"#julian\">25 octobre</date> ");
                        case 3 -> out.write("<app><lem wit=\"#A #B\">mot</lem><rdg wit=\"#C\">terme</rdg></app> ");
                        case 4 -> out.write("<choice><sic>fautte</sic><corr resp=\"#ed\">faute</corr></choice> ");
                        case 5 -> out.write("<supplied resp=\"#ed\">ajout</supplied> ");
                        default -> { }
                    }
                }
                if (i % 3 == 0) {
                    out.write("<anchor xml:id=\"a" + i + "\"/>");
                    notes.append("<note target=\"#a").append(i).append("\" resp=\"#ed\">Note sur le paragraphe ").append(i).append(".</note>\n");
                }
                if (i % 7 == 0) {
                    out.write("<note place=\"foot\">Note dans le texte.</note>");
                }
                out.write("</p>\n");
            }
            out.write("</body><back><div type=\"notes\">\n");
            out.write(notes.toString());
            out.write("</div></back></text></TEI>\n");
        }
        return Files.size(file);
    }
}
