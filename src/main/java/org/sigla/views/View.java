package org.sigla.views;

import java.util.List;
import java.util.Map;

/**
 * The views Sigla renders from one edition. All but the print view come from one
 * transformation of xslt/edition.xsl, which names them as {@link #id()} does; each also has a
 * stylesheet of its own for standalone use ({@code id}.xsl).
 */
public enum View {
    /**
     * The web edition: index.html (edited reading) and source.html (the source's reading), the
     * latter only where the source reads differently somewhere (a choice, a deletion, an am);
     * and mentions.xml, what it names, for the corpus-wide indexes of its build; and the page
     * images with their viewer, where the edition has them; in a build, the records of the
     * full-text search (search/).
     */
    HTML("html", "web edition", "index.html", "edited-page", "source-page", "mentions-file"),
    /** The synopsis of the witnesses side by side, for an edition with two or more (else nothing). */
    SYNOPSIS("synopsis", "synopsis", "synopsis.html", "synopsis-page"),
    /** The plain text, filled to 72 columns, with the notes after it. */
    TEXT("text", "text view", "text.txt", "text-file"),
    /** The critical apparatus as a page of the web edition. */
    APPARATUS_HTML("apparatus", "apparatus page", "apparatus.html", "apparatus-page"),
    /** The critical apparatus as plain text. */
    APPARATUS_TEXT("apparatus-text", "apparatus text", "apparatus.txt", "apparatus-text-file"),
    /** The print edition: typeset by Apache FOP from xslt/print-fo.xsl, or (print-engine=latex) by LuaLaTeX from xslt/latex.xsl. */
    PDF("pdf", "print edition", "edition.pdf"),
    /** The print edition as LaTeX for reledmac (xslt/latex.xsl), not typeset. */
    LATEX("latex", "LaTeX edition", "edition.tex");

    private static final Map<String, String> DEFAULT_NAMES = Map.of("edited-page", "index.html", "source-page", "source.html",
            "text-file", "text.txt", "apparatus-page", "apparatus.html", "apparatus-text-file", "apparatus.txt",
            "synopsis-page", "synopsis.html", "mentions-file", "mentions.xml");

    private final String id;
    private final String title;
    private final String primaryFile;
    /** The stylesheet parameters that name the view's files (their defaults in {@link #DEFAULT_NAMES}). */
    private final List<String> fileParameters;

    View(String id, String title, String primaryFile, String... fileParameters) {
        this.id = id;
        this.title = title;
        this.primaryFile = primaryFile;
        this.fileParameters = List.of(fileParameters);
    }

    /** The view's name in edition.xsl's $views parameter. */
    public String id() {
        return id;
    }

    /** What an editor calls the view: "web edition", "print edition"… */
    public String title() {
        return title;
    }

    /** The file the view writes in the edition's folder by default (a view may write others beside it). */
    public String primaryFile() {
        return primaryFile;
    }

    /**
     * The files of the view with these stylesheet parameters (which can rename them): the pages
     * a reader opens, and the record of what the web edition names.
     */
    public List<String> files(Map<String, String> parameters) {
        if (fileParameters.isEmpty()) {
            return List.of(primaryFile);
        }
        return fileParameters.stream()
                .map(name -> parameters.getOrDefault(name, DEFAULT_NAMES.get(name)))
                .map(String::trim)
                .filter(file -> !file.isEmpty())
                .toList();
    }

    /**
     * Every file or folder the view may write in the edition's folder: its files, and what its
     * pages need beside them. What a later rendering of the view replaces, and nothing else.
     */
    public List<String> written(Map<String, String> parameters) {
        if (this == HTML) {
            // The search records' folder, under its default name too: a build without records removes the last ones.
            String records = parameters.getOrDefault("search-records", "").strip();
            return java.util.stream.Stream.of(files(parameters), FACSIMILE_FILES, List.of("search"), records.isEmpty() ? List.<String>of() : List.of(records))
                    .flatMap(List::stream).distinct().toList();
        }
        return this == SYNOPSIS
                ? java.util.stream.Stream.concat(files(parameters).stream(), FACSIMILE_FILES.stream()).toList() : files(parameters);
    }

    /** What the pages that show the page images write beside them: the images, and the viewer with its licence. */
    private static final List<String> FACSIMILE_FILES = List.of("facsimile", "openseadragon.min.js", "openseadragon.LICENSE.txt");

    /** What {@code sigla build} writes: every view but the LaTeX source, which the print edition typesets when asked to. */
    public static java.util.Set<View> built() {
        return java.util.EnumSet.complementOf(java.util.EnumSet.of(LATEX));
    }

    /** The view of this id, or null. */
    public static View byId(String id) {
        for (View view : values()) {
            if (view.id.equals(id)) {
                return view;
            }
        }
        return null;
    }
}
