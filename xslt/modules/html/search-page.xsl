<?xml version="1.0" encoding="UTF-8"?>
<!--
  The corpus's search page (search.html, beside the home page): a form that works as a plain
  GET form, the results, and assets/search.js, which asks the Pagefind index of each language
  (pagefind/fr/, pagefind/grc/…) and writes the results: for each edition its title and count of
  matches, then each match with its place (paragraph, "v. 12", "n. 3") as a link there and the
  words around it, marked. The filters' choices come from the index itself.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:sg="http://sigla.org/ns"
    xmlns:sgp="http://sigla.org/ns/private"
    exclude-result-prefixes="#all">

  <!-- The languages of the index, each a folder of pagefind/; none, and there is no search page. -->
  <xsl:param name="search-languages" as="xs:string*" select="()"/>

  <!-- What a reader can search besides the edited text (see modules/html/search-record.xsl). -->
  <xsl:variable name="sgp:scopes" as="xs:string+" select="'text', 'source', 'witnesses', 'names'"/>
  <xsl:variable name="sgp:filters" as="xs:string+" select="'author', 'genre', 'language', 'sender', 'addressee'"/>

  <xsl:template name="sg:search-form">
    <div id="search" data-index="pagefind/" data-languages="{string-join($search-languages, ' ')}">
      <form id="search-form" role="search" action="search.html" method="get">
        <p class="search-words">
          <label for="search-q"><xsl:value-of select="sg:label('search-words')"/></label>
          <xsl:text> </xsl:text>
          <input type="search" id="search-q" name="q" aria-describedby="search-help"/>
          <xsl:text> </xsl:text>
          <button type="submit"><xsl:value-of select="sg:label('search')"/></button>
        </p>
        <p id="search-help" class="search-help"><xsl:value-of select="sg:label('search-help')"/></p>
        <p id="search-only" class="search-only" hidden="">
          <input type="hidden" name="edition" id="search-edition"/>
          <xsl:value-of select="sg:label('search-only-in')"/><xsl:text> </xsl:text>
          <strong id="search-only-title"/><xsl:text> — </xsl:text>
          <a id="search-widen" href="search.html"><xsl:value-of select="sg:label('search-widen')"/></a>
        </p>
        <fieldset class="search-filters">
          <legend><xsl:value-of select="sg:label('search-filters')"/></legend>
          <p>
            <label for="search-scope"><xsl:value-of select="sg:label('search-scope')"/></label>
            <xsl:text> </xsl:text>
            <select id="search-scope" name="scope">
              <xsl:for-each select="$sgp:scopes">
                <option value="{.}"><xsl:value-of select="sg:label('scope-' || .)"/></option>
              </xsl:for-each>
            </select>
          </p>
          <xsl:for-each select="$sgp:filters">
            <p class="search-filter" hidden="">
              <label for="search-{.}"><xsl:value-of select="sg:label('filter-' || .)"/></label>
              <xsl:text> </xsl:text>
              <select id="search-{.}" name="{.}" data-filter="{.}">
                <option value=""><xsl:value-of select="sg:label('filter-any')"/></option>
              </select>
            </p>
          </xsl:for-each>
          <p class="search-filter search-years" hidden="">
            <label for="search-from"><xsl:value-of select="sg:label('filter-from')"/></label>
            <xsl:text> </xsl:text>
            <input type="number" id="search-from" name="from" step="1" inputmode="numeric"/>
            <xsl:text> </xsl:text>
            <label for="search-to"><xsl:value-of select="sg:label('filter-to')"/></label>
            <xsl:text> </xsl:text>
            <input type="number" id="search-to" name="to" step="1" inputmode="numeric"/>
          </p>
        </fieldset>
      </form>
      <p id="search-status" class="search-status" role="status" aria-live="polite"><noscript><xsl:value-of select="sg:label('search-noscript')"/></noscript></p>
      <ol id="search-results" class="search-results"/>
      <p><button type="button" id="search-more" hidden=""><xsl:value-of select="sg:label('search-more')"/></button></p>
      <script type="application/json" id="search-labels">
        <xsl:value-of select="serialize(map:merge(
            ('search-searching', 'search-none', 'search-summary', 'count-match', 'count-matches', 'count-edition', 'count-editions',
             'search-file', 'search-failed')
            ! map:entry(., sg:label(.))), map{'method': 'json'})" xmlns:map="http://www.w3.org/2005/xpath-functions/map"/>
      </script>
    </div>
  </xsl:template>
</xsl:stylesheet>
