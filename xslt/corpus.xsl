<?xml version="1.0" encoding="UTF-8"?>
<!--
  The pages at the root of an output folder, from its .sigla-manifest.xml:
  - index.html, the home page: every edition built there by its own title, with its author
    and the date of its text, and links to its views by what they are ("web edition");
    letters by date with sender and addressee; grouped by year or author when there are many;
  - persons.html, places.html, organisations.html, works.html: the corpus-wide indexes, one
    entry per person (merged by authority address or id), each with every edition and place
    that names it, from the editions' mentions.xml and the project's registers;
  - search.html, where the build made a search index ($search-languages): modules/html/search-page.xsl.

  Standalone: java -jar saxon-he.jar -s:out/.sigla-manifest.xml -xsl:xslt/corpus.xsl -o:out/index.html
              ?registers="doc('registers/persons.xml')"
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:sg="http://sigla.org/ns"
    xmlns:sgp="http://sigla.org/ns/private"
    exclude-result-prefixes="#all">

  <xsl:import href="modules/common/common.xsl"/>
  <xsl:import href="modules/html/page.xsl"/>
  <xsl:import href="modules/html/sigla.xsl"/>
  <xsl:import href="modules/html/text.xsl"/>
  <xsl:import href="modules/html/notes.xsl"/>
  <xsl:import href="modules/html/indexes.xsl"/>
  <xsl:import href="modules/html/search-page.xsl"/>

  <!-- The search page's script, read once when the stylesheet is compiled (the style is page.xsl's). -->
  <xsl:variable name="sgp:search-script" static="yes" as="xs:string" select="unparsed-text('assets/search.js')"/>

  <!-- The corpus page's title. -->
  <xsl:param name="corpus-title" as="xs:string" select="sg:label('editions')"/>
  <!-- The interface language of the corpus pages. -->
  <xsl:param name="lang" as="xs:string" select="'en'"/>
  <!-- Above this many editions, the home page groups them (letters by year, the others by author). -->
  <xsl:param name="group-above" as="xs:integer" select="30"/>

  <xsl:output method="html" html-version="5" encoding="UTF-8" indent="no" include-content-type="no" escape-uri-attributes="no"/>
  <xsl:output name="html" method="html" html-version="5" encoding="UTF-8" indent="no" include-content-type="no" escape-uri-attributes="no"/>

  <xsl:mode on-no-match="shallow-skip"/>

  <!-- What each edition names, by kind: the mentions.xml of every web edition built here. -->
  <xsl:variable name="sgp:mentions-files" as="document-node()*"
      select="/corpus/edition/view[@id = 'html'][not(@failure)][tokenize(@files) = 'mentions.xml']
              ! (resolve-uri(../@name || '/mentions.xml', base-uri(/)))[doc-available(.)] ! doc(.)"/>

  <!-- The entries of every index: what the editions name, and the registers' entries besides. -->
  <xsl:variable name="sgp:named" as="element(entry)*" select="$sgp:mentions-files/mentions/entry"/>
  <xsl:variable name="sgp:unnamed" as="element()*"
      select="$registers//(tei:person | tei:personGrp | tei:place | tei:org | tei:listBibl//tei:bibl | tei:listBibl//tei:biblStruct)
              [@xml:id][not(sg:corpus-key(.) = $sgp:named/@key)]"/>
  <xsl:variable name="sgp:kinds" as="xs:string*"
      select="$sg:index-kinds[. = ($sgp:named/@kind, $sgp:unnamed ! sg:entry-kind(.))]"/>

  <xsl:template match="/corpus">
    <xsl:variable name="corpus" select="."/>
    <xsl:call-template name="sgp:page">
      <xsl:with-param name="title" select="$corpus-title"/>
      <xsl:with-param name="content">
        <xsl:if test="exists($search-languages)">
          <xsl:call-template name="sg:search-box">
            <xsl:with-param name="action" select="'search.html'"/>
          </xsl:call-template>
        </xsl:if>
        <xsl:call-template name="sgp:index-links"/>
        <xsl:variable name="letters" select="edition[@sender != '' or @addressee != '']"/>
        <xsl:if test="exists($letters)">
          <section class="corpus-letters" aria-labelledby="letters-title">
            <h2 id="letters-title"><xsl:value-of select="sg:label('letters')"/></h2>
            <xsl:for-each-group select="$letters" group-by="if (count($letters) gt $group-above) then (substring(@when, 1, 4)[. != ''], sg:label('undated'))[1] else ''">
              <xsl:sort select="current-grouping-key() = sg:label('undated')"/>
              <xsl:sort select="current-grouping-key()"/>
              <xsl:if test="current-grouping-key() != ''"><h3><xsl:value-of select="current-grouping-key()"/></h3></xsl:if>
              <ul class="index-list corpus-list">
                <xsl:apply-templates select="current-group()" mode="sgp:listing">
                  <xsl:sort select="@when = ''"/>
                  <xsl:sort select="@when"/>
                  <xsl:sort select="lower-case(@title)"/>
                </xsl:apply-templates>
              </ul>
            </xsl:for-each-group>
          </section>
        </xsl:if>
        <xsl:variable name="others" select="edition except $letters"/>
        <xsl:if test="exists($others)">
          <xsl:if test="exists($letters)"><h2><xsl:value-of select="$corpus-title"/></h2></xsl:if>
          <xsl:for-each-group select="$others" group-by="if (count($others) gt $group-above) then (@author[. != ''], '')[1] else ''">
            <xsl:sort select="lower-case(current-grouping-key())"/>
            <xsl:if test="current-grouping-key() != ''"><h3><xsl:value-of select="current-grouping-key()"/></h3></xsl:if>
            <ul class="index-list corpus-list">
              <xsl:apply-templates select="current-group()" mode="sgp:listing">
                <xsl:sort select="lower-case(@author)"/>
                <xsl:sort select="lower-case(@title)"/>
              </xsl:apply-templates>
            </ul>
          </xsl:for-each-group>
        </xsl:if>
      </xsl:with-param>
    </xsl:call-template>
    <xsl:if test="exists($search-languages)">
      <xsl:result-document href="search.html" format="html">
        <xsl:call-template name="sgp:page">
          <xsl:with-param name="title" select="sg:label('search-title')"/>
          <xsl:with-param name="content">
            <p><a href="index.html"><xsl:value-of select="sg:label('home')"/></a></p>
            <xsl:call-template name="sg:search-form"/>
          </xsl:with-param>
          <xsl:with-param name="script" select="$sgp:search-script"/>
        </xsl:call-template>
      </xsl:result-document>
    </xsl:if>
    <xsl:for-each select="$sgp:kinds">
      <xsl:variable name="kind" select="."/>
      <xsl:result-document href="{$kind}.html" format="html">
        <xsl:call-template name="sgp:corpus-index">
          <xsl:with-param name="kind" select="$kind"/>
          <xsl:with-param name="corpus" select="$corpus"/>
        </xsl:call-template>
      </xsl:result-document>
    </xsl:for-each>
    <xsl:for-each select="$registers[exists(.//*[@xml:id][sg:is-entry(.)])]">
      <xsl:result-document href="{sgp:register-page(.)}" format="html">
        <xsl:call-template name="sgp:register-page">
          <xsl:with-param name="register" select="."/>
          <xsl:with-param name="corpus" select="$corpus"/>
        </xsl:call-template>
      </xsl:result-document>
    </xsl:for-each>
  </xsl:template>

  <!-- One edition on the home page: its title (to its web edition), author or sender and addressee, date, and its views. -->
  <xsl:template match="edition" mode="sgp:listing">
    <xsl:variable name="name" select="@name"/>
    <xsl:variable name="files" select="view[not(@failure)]/tokenize(@files)[. != 'mentions.xml']"/>
    <xsl:variable name="title" select="(@title[. != ''], $name)[1]"/>
    <li class="index-entry">
      <xsl:if test="@sender != '' or @addressee != ''">
        <span class="corpus-date"><xsl:value-of select="(@date[. != ''], sg:label('undated'))[1]"/></span>
        <xsl:text> · </xsl:text>
      </xsl:if>
      <xsl:choose>
        <xsl:when test="exists($files)">
          <a class="index-name" href="{$name}/{($files[. = 'index.html'], $files)[1]}"><xsl:value-of select="$title"/></a>
        </xsl:when>
        <xsl:otherwise><span class="index-name"><xsl:value-of select="$title"/></span></xsl:otherwise>
      </xsl:choose>
      <xsl:choose>
        <xsl:when test="@sender != '' or @addressee != ''">
          <xsl:text> — </xsl:text>
          <span class="corpus-correspondents"><xsl:value-of select="string-join((@sender[. != ''], @addressee[. != ''] ! (sg:label('letter-to') || ' ' || .)), ' ')"/></span>
        </xsl:when>
        <xsl:otherwise>
          <xsl:if test="@author != ''"><xsl:text> — </xsl:text><xsl:value-of select="@author"/></xsl:if>
          <xsl:if test="@date != ''"><xsl:text> (</xsl:text><xsl:value-of select="@date"/><xsl:text>)</xsl:text></xsl:if>
        </xsl:otherwise>
      </xsl:choose>
      <!-- Each view there, by what it is; a view that failed says so, so that a reader knows it is missing. -->
      <span class="index-links">
        <xsl:for-each select="view">
          <xsl:sort select="index-of(('html', 'synopsis', 'text', 'apparatus', 'apparatus-text', 'pdf', 'latex'), @id)"/>
          <xsl:choose>
            <xsl:when test="@failure">
              <xsl:text> · </xsl:text>
              <span class="view-failed" title="{@failure}"><xsl:value-of select="sg:label('view-' || @id) || ' ' || sg:label('view-failed')"/></span>
            </xsl:when>
            <xsl:otherwise>
              <xsl:for-each select="tokenize(@files)[. != 'mentions.xml']">
                <xsl:text> · </xsl:text>
                <a href="{$name}/{.}"><xsl:value-of select="sgp:file-label(.)"/></a>
              </xsl:for-each>
            </xsl:otherwise>
          </xsl:choose>
        </xsl:for-each>
      </span>
    </li>
  </xsl:template>

  <!-- What a view's file is to a reader ("web edition", "source reading"); a renamed file keeps its name. -->
  <xsl:function name="sgp:file-label" as="xs:string">
    <xsl:param name="file" as="xs:string"/>
    <xsl:variable name="label" select="sg:label('file-' || $file)"/>
    <xsl:sequence select="if ($label = 'file-' || $file) then $file else $label"/>
  </xsl:function>

  <!-- The corpus-wide indexes, as links with the number of entries of each. -->
  <xsl:template name="sgp:index-links">
    <xsl:if test="exists($sgp:kinds)">
      <nav class="corpus-indexes" aria-label="{sg:label('corpus-indexes')}">
        <xsl:for-each select="$sgp:kinds">
          <xsl:variable name="kind" select="."/>
          <xsl:if test="position() gt 1"><xsl:text> · </xsl:text></xsl:if>
          <a href="{$kind}.html"><xsl:value-of select="sg:label('index-' || $kind)"/></a>
          <xsl:text> (</xsl:text>
          <xsl:value-of select="count(distinct-values($sgp:named[@kind = $kind]/@key)) + count($sgp:unnamed[sg:entry-kind(.) = $kind])"/>
          <xsl:text>)</xsl:text>
        </xsl:for-each>
        <xsl:for-each select="$registers[exists(.//*[@xml:id][sg:is-entry(.)])]">
          <xsl:text> · </xsl:text>
          <a class="register" href="{sgp:register-page(.)}"><xsl:value-of select="sgp:register-title(.)"/></a>
        </xsl:for-each>
      </nav>
    </xsl:if>
  </xsl:template>

  <!-- One corpus-wide index: each entry once, with every edition that names it and the places there. -->
  <xsl:template name="sgp:corpus-index">
    <xsl:param name="kind" as="xs:string"/>
    <xsl:param name="corpus" as="element(corpus)"/>
    <xsl:call-template name="sgp:page">
      <xsl:with-param name="title" select="sg:label('index-' || $kind)"/>
      <xsl:with-param name="content">
        <p><a href="index.html"><xsl:value-of select="sg:label('home')"/></a></p>
        <xsl:call-template name="sgp:index-links"/>
        <xsl:call-template name="sgp:entries">
          <xsl:with-param name="entries" select="$sgp:named[@kind = $kind], $sgp:unnamed[sg:entry-kind(.) = $kind]"/>
          <xsl:with-param name="corpus" select="$corpus"/>
        </xsl:call-template>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <!-- A register's own page: every entry of its file, in its order of names, each with the editions that name it. -->
  <xsl:template name="sgp:register-page">
    <xsl:param name="register" as="document-node()"/>
    <xsl:param name="corpus" as="element(corpus)"/>
    <xsl:variable name="entries" select="$register//*[@xml:id][sg:is-entry(.)][exists(sg:entry-kind(.))]"/>
    <xsl:variable name="keys" select="$entries ! sg:corpus-key(.)"/>
    <xsl:call-template name="sgp:page">
      <xsl:with-param name="title" select="sgp:register-title($register)"/>
      <xsl:with-param name="content">
        <p><a href="index.html"><xsl:value-of select="sg:label('home')"/></a></p>
        <xsl:call-template name="sgp:index-links"/>
        <xsl:call-template name="sgp:entries">
          <xsl:with-param name="entries" select="$sgp:named[@key = $keys], $entries[not(sg:corpus-key(.) = $sgp:named/@key)]"/>
          <xsl:with-param name="corpus" select="$corpus"/>
        </xsl:call-template>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <!-- The entries of an index page: what the editions say they name (entry elements of mentions.xml),
       and register entries that none names; one item per corpus key. -->
  <xsl:template name="sgp:entries">
    <xsl:param name="entries" as="element()*"/>
    <xsl:param name="corpus" as="element(corpus)"/>
    <ul class="index-list">
      <xsl:for-each-group select="$entries" group-by="if (self::entry) then @key else sg:corpus-key(.)">
        <xsl:sort select="if (self::entry) then @sort else lower-case(sg:sort-name(.))" lang="{$lang}"/>
        <xsl:variable name="named" select="current-group()/self::entry"/>
        <li id="{sg:corpus-anchor(current-grouping-key())}" class="index-entry">
          <xsl:choose>
            <xsl:when test="exists($named)"><xsl:copy-of select="$named[1]/data/node()"/></xsl:when>
            <xsl:otherwise>
              <xsl:for-each select="current-group()[1]"><xsl:call-template name="sg:entry-data"/></xsl:for-each>
            </xsl:otherwise>
          </xsl:choose>
          <xsl:choose>
            <xsl:when test="empty($named)">
              <xsl:text> — </xsl:text><span class="index-count"><xsl:value-of select="sg:label('named-nowhere')"/></span>
            </xsl:when>
            <xsl:otherwise>
              <xsl:text> — </xsl:text>
              <span class="index-count">
                <xsl:value-of select="count($named) || ' ' || sg:label(if (count($named) = 1) then 'named-in-edition' else 'named-in-editions')"/>
              </span>
              <ul class="index-occurrences">
                <xsl:for-each select="$named">
                  <xsl:sort select="sgp:edition-of(., $corpus)/@when"/>
                  <xsl:sort select="lower-case(sgp:edition-of(., $corpus)/@title)"/>
                  <xsl:variable name="edition" select="sgp:edition-of(., $corpus)"/>
                  <li>
                    <a href="{$edition/@name}/{(place/@href ! substring-before(., '#'), 'index.html')[1]}"><xsl:value-of select="($edition/@title[. != ''], $edition/@name)[1]"/></a>
                    <xsl:if test="$edition/@date != ''"><xsl:value-of select="' (' || $edition/@date || ')'"/></xsl:if>
                    <xsl:text>: </xsl:text>
                    <xsl:for-each select="place">
                      <a class="occurrence" href="{$edition/@name}/{@href}"><xsl:value-of select="@label"/></a>
                      <xsl:if test="position() != last()"><xsl:text>, </xsl:text></xsl:if>
                    </xsl:for-each>
                  </li>
                </xsl:for-each>
              </ul>
            </xsl:otherwise>
          </xsl:choose>
        </li>
      </xsl:for-each-group>
    </ul>
  </xsl:template>

  <!-- A register's page: register-persons.html for registers/persons.xml. -->
  <xsl:function name="sgp:register-page" as="xs:string">
    <xsl:param name="register" as="document-node()"/>
    <xsl:sequence select="'register-' || replace(replace(tokenize(string((document-uri($register), base-uri($register))[1]), '/')[last()], '\.xml$', ''), '[^\w.-]+', '-') || '.html'"/>
  </xsl:function>

  <xsl:function name="sgp:register-title" as="xs:string">
    <xsl:param name="register" as="document-node()"/>
    <xsl:sequence select="($register/*/tei:teiHeader/tei:fileDesc/tei:titleStmt/tei:title ! normalize-space(.)[. != ''],
                           tokenize(string((document-uri($register), base-uri($register))[1]), '/')[last()])[1]"/>
  </xsl:function>

  <!-- The manifest's edition whose mentions.xml an entry comes from. -->
  <xsl:function name="sgp:edition-of" as="element(edition)?">
    <xsl:param name="entry" as="element(entry)"/>
    <xsl:param name="corpus" as="element(corpus)"/>
    <xsl:variable name="folder" select="tokenize(document-uri(root($entry)), '/')[last() - 1]"/>
    <xsl:sequence select="$corpus/edition[encode-for-uri(@name) = $folder or @name = $folder][1]"/>
  </xsl:function>

  <xsl:template name="sgp:page">
    <xsl:param name="title" as="xs:string"/>
    <xsl:param name="content"/>
    <xsl:param name="script" as="xs:string?"/>
    <html lang="{sg:interface-lang()}">
      <head>
        <meta charset="UTF-8"/>
        <meta name="viewport" content="width=device-width, initial-scale=1"/>
        <meta name="generator" content="Sigla"/>
        <title><xsl:value-of select="$title"/></title>
        <style><xsl:value-of select="$sgp:style"/></style>
      </head>
      <body>
        <main id="main">
          <h1><xsl:value-of select="$title"/></h1>
          <xsl:sequence select="$content"/>
        </main>
        <footer class="site-footer"><p><xsl:value-of select="sg:label('generated-by')"/></p></footer>
        <xsl:if test="exists($script)"><script><xsl:value-of select="$script"/></script></xsl:if>
      </body>
    </html>
  </xsl:template>
</xsl:stylesheet>
