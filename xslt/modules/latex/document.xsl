<?xml version="1.0" encoding="UTF-8"?>
<!--
  The LaTeX document around the text: LuaLaTeX with fontspec and babel (the fonts of
  print-fonts.xml: Noto Serif for Latin, Greek and Cyrillic; each other script in its own face
  and its language, chosen by its characters, right to left where it is written so), reledmac (line numbers every
  5 lines by default, by page or by section; series A for the apparatus, familiar footnotes
  for the notes), a title page from the header, running heads, the indexes (index.xsl), and
  the PDF's title, author and language (hyperref, with bookmarks).
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:map="http://www.w3.org/2005/xpath-functions/map"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:sg="http://sigla.org/ns"
    xmlns:sgp="http://sigla.org/ns/private"
    exclude-result-prefixes="#all">

  <!-- Every how many lines a number stands in the margin. -->
  <xsl:param name="line-numbers-every" as="xs:integer" select="5"/>
  <!-- "page" (numbers restart on each page) or "section" (they run through the text). -->
  <xsl:param name="line-numbering" as="xs:string" select="'page'"/>
  <!-- The body font (an OpenType font LuaLaTeX can find); print-fonts.xml's main face by default. -->
  <xsl:param name="latex-font" as="xs:string" select="sg:print-families()[1]"/>
  <!-- Paper: a5paper, a4paper, letterpaper… -->
  <xsl:param name="latex-paper" as="xs:string" select="'a5paper'"/>

  <!-- babel's name for the edition's language; English where babel has none that Sigla knows. A
       language outside sgp:babel-ldf comes from the locale file babel ships (\babelprovide). -->
  <xsl:variable name="sgp:babel" as="map(xs:string, xs:string)" select="map{
      'fr': 'french', 'en': 'english', 'de': 'ngerman', 'it': 'italian', 'es': 'spanish', 'la': 'latin', 'nl': 'dutch',
      'pt': 'portuguese', 'ru': 'russian', 'el': 'greek', 'grc': 'ancientgreek', 'pl': 'polish', 'cs': 'czech'}"/>

  <!-- The languages whose babel .ldf Sigla's TeX Live packages install (with their typography). -->
  <xsl:variable name="sgp:babel-ldf" as="xs:string*" select="('french', 'english')"/>

  <!--
    babel with the edition's language as the main one, and each other script the text holds in
    its language and face, switched to by its characters (onchar), so that a Greek word without
    xml:lang still gets Greek hyphenation, and Hebrew is set right to left (bidi=basic).
  -->
  <xsl:template name="sgp:latex-languages">
    <xsl:param name="lang" as="xs:string"/>
    <xsl:variable name="main" select="($sgp:babel($lang), 'english')[1]"/>
    <xsl:variable name="langs" select="distinct-values(//@xml:lang ! lower-case(tokenize(., '-')[1]))"/>
    <xsl:variable name="scripts" select="$sg:scripts-used[language][not(language/@tag = $lang)]"/>
    <xsl:variable name="options" select="(if ($scripts/@direction = 'rtl') then 'bidi=basic' else (), if ($main = $sgp:babel-ldf) then $main else ())"/>
    <xsl:value-of select="'\usepackage' || (if (exists($options)) then '[' || string-join($options, ',') || ']' else '') || '{babel}&#10;'"/>
    <xsl:if test="not($main = $sgp:babel-ldf)">
      <xsl:value-of select="'\babelprovide[import=' || (if ($sgp:babel($lang)) then $lang else 'en') || ', main]{' || $main || '}&#10;'"/>
    </xsl:if>
    <!-- luaotfload takes what the face lacks from the faces of signs. -->
    <xsl:value-of select="'\directlua{luaotfload.add_fallback(&quot;siglasigns&quot;, {' || string-join(sg:fallback-families() ! ('&quot;' || . || ':mode=harf;&quot;'), ', ') || '})}&#10;'"/>
    <xsl:value-of select="'\babelfont{rm}[RawFeature={fallback=siglasigns}]{' || sg:tex($latex-font) || '}&#10;'"/>
    <xsl:for-each select="$scripts">
      <xsl:variable name="language" select="(language[@tag = $langs], language)[1]"/>
      <xsl:value-of select="'\babelprovide[import=' || ($language/@ini, $language/@tag)[1] || ', onchar=ids fonts]{' || $language/@babel || '}&#10;'"/>
      <xsl:if test="@family != sg:print-families()[1]">
        <xsl:value-of select="'\babelfont[' || $language/@babel || ']{rm}[Renderer=HarfBuzz, ItalicFont=*]{' || @family || '}&#10;'"/>
      </xsl:if>
    </xsl:for-each>
  </xsl:template>

  <xsl:template name="sg:latex-document">
    <xsl:variable name="lang" select="lower-case(tokenize(string((/*/@xml:lang, 'en')[1]), '-')[1])"/>
    <xsl:variable name="title" select="sg:plain(sg:main-title($sg:file-desc))"/>
    <xsl:variable name="author" select="string-join($sg:file-desc/tei:titleStmt/tei:author ! sg:plain(.), ', ')"/>
    <xsl:value-of select="'\documentclass[' || sg:tex(replace($latex-paper, '[^a-z0-9]', '')) || ',10pt,twoside]{book}&#10;'"/>
    <xsl:text>\usepackage{fontspec}&#10;</xsl:text>
    <xsl:call-template name="sgp:latex-languages">
      <xsl:with-param name="lang" select="$lang"/>
    </xsl:call-template>
    <xsl:text>\usepackage[series={A},noend,noeledsec]{reledmac}&#10;</xsl:text>
    <xsl:value-of select="'\firstlinenum{' || $line-numbers-every || '}\linenumincrement{' || $line-numbers-every || '}&#10;'"/>
    <xsl:value-of select="'\lineation{' || (if ($line-numbering = 'section') then 'section' else 'page') || '}&#10;'"/>
    <xsl:if test="exists($sg:plates)"><xsl:text>\usepackage{graphicx}&#10;</xsl:text></xsl:if>
    <xsl:text>\usepackage[bookmarks=true,hidelinks]{hyperref}&#10;</xsl:text>
    <xsl:value-of select="'\hypersetup{pdftitle={' || sg:tex($title) || '},pdfauthor={' || sg:tex($author) || '},pdflang={' || sg:tex($lang) || '}}&#10;'"/>
    <!-- Running heads cut short (with an ellipsis) at four fifths of the line, so that a long
         title never runs into the page number. -->
    <xsl:text>\usepackage{fancyhdr}\usepackage[fit]{truncate}&#10;\pagestyle{fancy}\fancyhf{}\renewcommand{\headrulewidth}{0pt}&#10;</xsl:text>
    <xsl:text>\fancyhead[LE,RO]{\thepage}&#10;</xsl:text>
    <xsl:value-of select="'\fancyhead[RE]{\truncate{0.8\headwidth}{\scshape ' || sg:tex($author) || '}}&#10;'"/>
    <xsl:value-of select="'\fancyhead[LO]{\truncate{0.8\headwidth}{\itshape ' || sg:tex($title) || '}}&#10;'"/>
    <xsl:text>\begin{document}&#10;\begin{titlepage}\centering&#10;</xsl:text>
    <xsl:if test="$author != ''"><xsl:value-of select="'{\scshape ' || sg:tex($author) || '\par}\vspace{2em}&#10;'"/></xsl:if>
    <xsl:value-of select="'{\Large ' || sg:tex($title) || '\par}&#10;'"/>
    <xsl:for-each select="$sg:file-desc/tei:titleStmt/tei:title[@type = 'sub']">
      <xsl:value-of select="'\vspace{1em}{' || sg:tex(sg:plain(.)) || '\par}&#10;'"/>
    </xsl:for-each>
    <xsl:value-of select="'\vfill{\small ' || sg:tex(sg:citation($sg:file-desc)) || '\par}&#10;'"/>
    <xsl:text>\end{titlepage}&#10;</xsl:text>
    <xsl:call-template name="sg:latex-conspectus"/>
    <xsl:text>\pdfbookmark[0]{</xsl:text>
    <xsl:value-of select="sg:tex($title)"/>
    <xsl:text>}{text}&#10;</xsl:text>
    <xsl:variable name="text" as="xs:string"><xsl:value-of><xsl:apply-templates select="/tei:TEI/tei:text" mode="latex"/></xsl:value-of></xsl:variable>
    <!-- reledmac stops on a numbered section without a paragraph (a register has no text to number). -->
    <xsl:value-of select="if (contains($text, '\pstart')) then '\beginnumbering&#10;' || $text || '&#10;\endnumbering&#10;' else $text"/>
    <xsl:call-template name="sg:latex-plates"/>
    <xsl:call-template name="sg:latex-witness-descriptions"/>
    <xsl:call-template name="sg:latex-indexes"/>
    <xsl:text>\end{document}&#10;</xsl:text>
  </xsl:template>
</xsl:stylesheet>
