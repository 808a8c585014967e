<?xml version="1.0" encoding="UTF-8"?>
<!--
  The synopsis (synopsis.html, beside the web edition) of an edition with two witnesses or
  more: a column per witness, a row per paragraph, line or heading of the text, each cell
  that block as the witness reads it, its variants marked and linked to their apparatus
  entries. A reader chooses the columns with checkboxes, which work without script (the
  style sheet hides the columns of those unticked); on a narrow screen the table scrolls
  sideways, two columns in view.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:sg="http://sigla.org/ns"
    xmlns:sgp="http://sigla.org/ns/private"
    exclude-result-prefixes="#all">

  <xsl:template name="sg:synopsis-page">
    <xsl:call-template name="sg:html-page">
      <xsl:with-param name="page-title" select="sg:label('synopsis') || ' — ' || sg:plain(sg:main-title($sg:file-desc))"/>
      <xsl:with-param name="current" select="'synopsis'"/>
    </xsl:call-template>
  </xsl:template>

  <xsl:template match=".[. = 'synopsis']" mode="sg:page-content">
    <h1 id="title"><xsl:value-of select="sg:label('synopsis')"/></h1>
    <p class="subtitle"><a href="{$edited-page}"><xsl:value-of select="sg:plain(sg:main-title($sg:file-desc))"/></a></p>
    <div class="synopsis">
      <p class="synopsis-choice" id="synopsis-choice"><xsl:value-of select="sg:label('witnesses-shown') || sg:label('colon')"/></p>
      <xsl:for-each select="$sg:synopsis-witnesses">
        <input type="checkbox" class="synopsis-show" id="show-{position()}" checked="checked" aria-describedby="synopsis-choice"/>
        <label for="show-{position()}"><xsl:value-of select="(@n, @xml:id)[1]"/></label>
        <xsl:text> </xsl:text>
      </xsl:for-each>
      <div class="synopsis-scroll" role="region" aria-labelledby="title" tabindex="0">
        <table class="synopsis-table">
          <thead>
            <tr>
              <th scope="col" class="synopsis-place"><span class="visually-hidden"><xsl:value-of select="sg:label('paragraph')"/></span></th>
              <xsl:for-each select="$sg:synopsis-witnesses">
                <th scope="col" class="w-{position()}" title="{sg:plain(node())}"><xsl:value-of select="(@n, @xml:id)[1]"/></th>
              </xsl:for-each>
            </tr>
          </thead>
          <tbody>
            <xsl:for-each select="$sg:synopsis-rows">
              <xsl:variable name="block" select="."/>
              <tr id="{sg:synopsis-row-id(.)}">
                <th scope="row" class="synopsis-place"><xsl:value-of select="sg:place-label(sg:place(.))"/></th>
                <xsl:for-each select="$sg:synopsis-witnesses">
                  <xsl:variable name="column" select="position()"/>
                  <td class="w-{$column}">
                    <xsl:variable name="cell">
                      <xsl:apply-templates select="$block/node()" mode="html">
                        <xsl:with-param name="shown-witness" select="string(@xml:id)" tunnel="yes"/>
                      </xsl:apply-templates>
                    </xsl:variable>
                    <xsl:apply-templates select="$cell" mode="sgp:synopsis-cell">
                      <xsl:with-param name="column" select="$column" tunnel="yes"/>
                    </xsl:apply-templates>
                  </td>
                </xsl:for-each>
              </tr>
            </xsl:for-each>
          </tbody>
        </table>
      </div>
    </div>
    <xsl:for-each select="$sg:document">
      <xsl:variable name="notes">
        <xsl:call-template name="sg:notes-section"/>
      </xsl:variable>
      <xsl:apply-templates select="$notes" mode="sgp:synopsis-notes"/>
    </xsl:for-each>
  </xsl:template>

  <!--
    Mode sgp:synopsis-cell: a block as one witness reads it, made unique in the page: its ids
    take the column's number, and its links lead to the notes below or to the web edition.
  -->
  <xsl:mode name="sgp:synopsis-cell" on-no-match="shallow-copy"/>
  <xsl:template match="@id" mode="sgp:synopsis-cell">
    <xsl:param name="column" as="xs:integer" tunnel="yes"/>
    <xsl:attribute name="id" select=". || '-c' || $column"/>
  </xsl:template>
  <xsl:template match="@href[starts-with(., '#')]" mode="sgp:synopsis-cell">
    <xsl:attribute name="href" select="if (substring(., 2) = $sg:notes ! sg:note-id(.)) then . else $edited-page || ."/>
  </xsl:template>

  <!-- Mode sgp:synopsis-notes: the notes section, each note leading back to its call in the first column. -->
  <xsl:mode name="sgp:synopsis-notes" on-no-match="shallow-copy"/>
  <xsl:template match="@href[starts-with(., '#call-')]" mode="sgp:synopsis-notes">
    <xsl:attribute name="href" select=". || '-c1'"/>
  </xsl:template>
</xsl:stylesheet>
