package org.sigla.views;

/** The views Sigla renders from one edition, each one stylesheet in xslt/ and one primary file. */
public enum View {
    /** The web edition: index.html (edited reading) and source.html (the source's reading). */
    HTML("html.xsl", "index.html"),
    /** The plain text, filled to 72 columns, with the notes after it. */
    TEXT("text.xsl", "text.txt"),
    /** The critical apparatus as a page of the web edition. */
    APPARATUS_HTML("apparatus.xsl", "apparatus.html"),
    /** The critical apparatus as plain text. */
    APPARATUS_TEXT("apparatus-text.xsl", "apparatus.txt"),
    /** The print edition, typeset by Apache FOP. */
    PDF("print-fo.xsl", "edition.pdf");

    private final String stylesheet;
    private final String primaryFile;

    View(String stylesheet, String primaryFile) {
        this.stylesheet = stylesheet;
        this.primaryFile = primaryFile;
    }

    public String stylesheet() {
        return stylesheet;
    }

    /** The file the view writes in the edition's folder (a view may write others beside it). */
    public String primaryFile() {
        return primaryFile;
    }
}
