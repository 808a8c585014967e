package org.sigla.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The full-text index of an output folder: the search records of its editions (each edition's
 * {@code search/} folder, written by xslt/modules/html/search-record.xsl) indexed by Pagefind,
 * one index per language the editions are written in, so that each is stemmed as its language
 * is. The search page (xslt/modules/html/search-page.xsl) asks all of them at once.
 */
public final class SearchIndex {

    /** The folder of each edition's records, and the folder of the index at the output's root. */
    public static final String RECORDS = "search";
    public static final String INDEX = "pagefind";
    /** A record is named scope.language.html. */
    private static final Pattern RECORD = Pattern.compile("[a-z]+\\.([a-z]{2,3}|unknown)\\.html");

    private SearchIndex() {
    }

    /**
     * Indexes the records of the editions published in {@code root} into {@code folder}/pagefind/,
     * a folder per language.
     *
     * @return the languages indexed, or none where no edition has records
     */
    public static List<String> write(Pagefind pagefind, Path root, Path folder) throws IOException {
        Set<String> languages = languages(root);
        Path log = Files.createTempFile(folder, "pagefind", ".log");
        try {
            for (String language : languages) {
                pagefind.index(root, "*/" + RECORDS + "/*." + language + ".html", folder.resolve(INDEX).resolve(language), log);
            }
        } finally {
            Files.deleteIfExists(log);
        }
        return List.copyOf(languages);
    }

    /** The languages of the records there, from their names. */
    static Set<String> languages(Path root) throws IOException {
        Set<String> languages = new TreeSet<>();
        try (Stream<Path> editions = Files.list(root)) {
            for (Path records : editions.map(edition -> edition.resolve(RECORDS)).filter(Files::isDirectory).toList()) {
                try (Stream<Path> files = Files.list(records)) {
                    files.map(file -> RECORD.matcher(file.getFileName().toString())).filter(Matcher::matches)
                            .forEach(record -> languages.add(record.group(1)));
                }
            }
        }
        return languages;
    }
}
