package org.sigla.views;

/**
 * The views Sigla renders from one edition. All but the print view come from one
 * transformation of xslt/edition.xsl, which names them as {@link #id()} does; each also has a
 * stylesheet of its own for standalone use ({@code id}.xsl).
 */
public enum View {
    /** The web edition: index.html (edited reading) and source.html (the source's reading). */
    HTML("html", "index.html"),
    /** The plain text, filled to 72 columns, with the notes after it. */
    TEXT("text", "text.txt"),
    /** The critical apparatus as a page of the web edition. */
    APPARATUS_HTML("apparatus", "apparatus.html"),
    /** The critical apparatus as plain text. */
    APPARATUS_TEXT("apparatus-text", "apparatus.txt"),
    /** The print edition, typeset by Apache FOP from xslt/print-fo.xsl. */
    PDF("pdf", "edition.pdf");

    private final String id;
    private final String primaryFile;

    View(String id, String primaryFile) {
        this.id = id;
        this.primaryFile = primaryFile;
    }

    /** The view's name in edition.xsl's $views parameter. */
    public String id() {
        return id;
    }

    /** The file the view writes in the edition's folder (a view may write others beside it). */
    public String primaryFile() {
        return primaryFile;
    }
}
