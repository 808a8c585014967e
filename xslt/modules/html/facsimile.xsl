<?xml version="1.0" encoding="UTF-8"?>
<!--
  The page images beside the text (modules/common/facsimile.xsl says which image is which page).
  The viewer is OpenSeadragon, from the npm registry, written beside the pages (never fetched);
  assets/facsimile.js ties it to the text: the image of the page being read, the zone of the
  line or word pointed at, the text of the zone activated. Without script, the page markers
  lead to the viewer, whose list links every image.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:map="http://www.w3.org/2005/xpath-functions/map"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:sg="http://sigla.org/ns"
    xmlns:sgp="http://sigla.org/ns/private"
    exclude-result-prefixes="#all">

  <!-- The viewer's files, beside the pages: OpenSeadragon and its licence (View.java names them too),
       and the script that ties it to the text. Static: read once, when the stylesheet is compiled;
       reading the library again for each edition was half the web view of a letter. Empty
       where npm has not installed the library. -->
  <xsl:variable name="sgp:library" select="'openseadragon.min.js'"/>
  <xsl:variable name="sgp:library-text" static="yes" as="xs:string?"
      select="if (unparsed-text-available('../../assets/vendor/openseadragon.min.js')) then unparsed-text('../../assets/vendor/openseadragon.min.js') else ()"/>
  <xsl:variable name="sgp:library-licence" static="yes" as="xs:string?"
      select="if (unparsed-text-available('../../assets/vendor/LICENSE.txt')) then unparsed-text('../../assets/vendor/LICENSE.txt') else ()"/>
  <xsl:variable name="sgp:facsimile-script" static="yes" as="xs:string" select="unparsed-text('../../assets/facsimile.js')"/>

  <xsl:variable name="sgp:page-of-break" as="map(xs:string, xs:integer)"
      select="map:merge($sg:facsimile-pages[@pb] ! map:entry(string(@pb), xs:integer(@n)), map{'duplicates': 'use-first'})"/>

  <!-- Writes the viewer's library beside the pages, once per transformation. -->
  <xsl:template name="sg:facsimile-library">
    <xsl:if test="$sg:has-facsimile and exists($sgp:library-text)">
      <xsl:result-document href="{$sgp:library}" method="text" encoding="UTF-8">
        <xsl:value-of select="$sgp:library-text"/>
      </xsl:result-document>
      <xsl:result-document href="openseadragon.LICENSE.txt" method="text" encoding="UTF-8">
        <xsl:value-of select="$sgp:library-licence"/>
      </xsl:result-document>
    </xsl:if>
  </xsl:template>

  <!-- The text of a page and its images side by side. The text comes from mode sg:beside-facsimile,
       asked with $text (the text's name): written straight into the page, not passed in as a
       parameter, which would build a long text twice. -->
  <xsl:mode name="sg:beside-facsimile" on-no-match="fail"/>
  <xsl:template name="sg:with-facsimile">
    <xsl:param name="text" as="xs:string"/>
    <xsl:choose>
      <xsl:when test="$sg:has-facsimile">
        <button type="button" class="facsimile-toggle" aria-controls="facsimile" aria-pressed="false" hidden="hidden"
                data-show-image="{sg:label('show-image')}" data-show-text="{sg:label('show-text')}">
          <xsl:value-of select="sg:label('show-image')"/>
        </button>
        <div class="text-and-facsimile">
          <div class="text-column"><xsl:apply-templates select="$text" mode="sg:beside-facsimile"/></div>
          <xsl:call-template name="sgp:viewer"/>
        </div>
      </xsl:when>
      <xsl:otherwise><xsl:apply-templates select="$text" mode="sg:beside-facsimile"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="sgp:viewer">
    <aside id="facsimile" class="facsimile" aria-labelledby="facsimile-title">
      <h3 id="facsimile-title" class="facsimile-title"><xsl:value-of select="sg:label('page-images')"/></h3>
      <div class="facsimile-bar" role="toolbar" aria-label="{sg:label('page-images')}" hidden="hidden">
        <button type="button" data-do="previous" aria-label="{sg:label('previous-page')}">‹</button>
        <span class="facsimile-label" aria-live="polite"></span>
        <button type="button" data-do="next" aria-label="{sg:label('next-page')}">›</button>
        <button type="button" data-do="zoom-in" aria-label="{sg:label('zoom-in')}">+</button>
        <button type="button" data-do="zoom-out" aria-label="{sg:label('zoom-out')}">−</button>
        <button type="button" data-do="home" aria-label="{sg:label('whole-page')}">⤢</button>
        <button type="button" data-do="rotate" aria-label="{sg:label('rotate')}">↻</button>
        <button type="button" data-do="full-screen" aria-label="{sg:label('full-screen')}">⛶</button>
      </div>
      <div class="facsimile-viewer" id="facsimile-viewer" aria-label="{sg:label('image-keys')}"></div>
      <p class="facsimile-missing" hidden="hidden"></p>
      <xsl:if test="exists($sg:facsimile-pages/sg:caption)">
        <p class="facsimile-caption" aria-live="polite"></p>
      </xsl:if>
      <!-- Without script (or before it runs): every image, linked. -->
      <ol class="facsimile-list">
        <xsl:for-each select="$sg:facsimile-pages">
          <li>
            <xsl:variable name="label" select="sgp:page-label(.)"/>
            <xsl:choose>
              <xsl:when test="sg:image/@missing = 'true'"><xsl:value-of select="$label || ' — ' || sg:label('image-missing') || ': ' || sg:image/@source"/></xsl:when>
              <xsl:when test="sg:image[@kind = 'iiif']"><a href="{replace(sg:image/@url, 'info\.json$', 'full/max/0/default.jpg')}"><xsl:value-of select="$label"/></a></xsl:when>
              <xsl:when test="sg:image/@url"><a href="{sg:image/@url}"><xsl:value-of select="$label"/></a></xsl:when>
              <xsl:otherwise><xsl:value-of select="$label"/></xsl:otherwise>
            </xsl:choose>
          </li>
        </xsl:for-each>
      </ol>
      <script type="application/json" id="facsimile-data">
        <xsl:value-of select="serialize(sgp:viewer-data(), map{'method': 'json', 'escape-solidus': false()}) => replace('&lt;/', '&lt;\\/')"/>
      </script>
      <script src="{$sgp:library}"></script>
      <script><xsl:value-of select="$sgp:facsimile-script"/></script>
    </aside>
  </xsl:template>

  <xsl:function name="sgp:page-label" as="xs:string">
    <xsl:param name="page" as="element(sg:page)"/>
    <xsl:sequence select="if ($page/@label) then sg:label('page') || '&#xA0;' || $page/@label else sg:label('page-image') || '&#xA0;' || $page/@n"/>
  </xsl:function>

  <!-- What facsimile.js reads: the pages, each image as OpenSeadragon opens it, the zones. -->
  <xsl:function name="sgp:viewer-data" as="map(*)">
    <xsl:sequence select="map{
        'manifest': ($sg:facsimile-manifest, '')[1],
        'missing': sg:label('image-missing'),
        'pages': array{ $sg:facsimile-pages ! map{
            'label': sgp:page-label(.),
            'caption': string(sg:caption),
            'space': if (@space-width) then array{ xs:double(@space-width), xs:double(@space-height) } else (),
            'image': sgp:tile-source(sg:image),
            'missing': if (sg:image/@missing = 'true') then string(sg:image/@source) else (),
            'zones': array{ sg:zone ! map:merge((
                map{'id': string(@id)},
                if (@points) then map{'points': array{ tokenize(@points) ! array{ tokenize(., ',') ! xs:double(.) } }}
                else map{'rect': array{ xs:double(@ulx), xs:double(@uly), xs:double(@lrx) - xs:double(@ulx), xs:double(@lry) - xs:double(@uly) }})) }
          } }
      }"/>
  </xsl:function>

  <!-- An image as OpenSeadragon opens it: a Deep Zoom description written out (so that nothing
       is fetched to read it, which file:// forbids), a IIIF info.json address, or a plain image. -->
  <xsl:function name="sgp:tile-source" as="item()?">
    <xsl:param name="image" as="element(sg:image)?"/>
    <xsl:sequence select="
        if (empty($image/@url) or $image/@missing = 'true') then ()
        else if ($image/@tiles) then map{'Image': map{
            'xmlns': 'http://schemas.microsoft.com/deepzoom/2008',
            'Url': string($image/@tiles), 'Format': string($image/@format),
            'Overlap': string($image/@overlap), 'TileSize': string($image/@tile-size),
            'Size': map{'Width': string($image/@width), 'Height': string($image/@height)}}}
        else if ($image/@kind = 'iiif') then string($image/@url)
        else map{'type': 'image', 'url': string($image/@url)}"/>
  </xsl:function>

  <!-- A page break with an image: a marker that brings the image (a link to the viewer without script). -->
  <xsl:template match="tei:pb[map:contains($sgp:page-of-break, generate-id())]" mode="html" priority="5">
    <xsl:param name="shown-witness" as="xs:string" tunnel="yes" select="$witness"/>
    <xsl:if test="empty(@ed) or $shown-witness = '' or tokenize(@ed) = $shown-witness">
      <xsl:variable name="page" select="$sg:facsimile-pages[xs:integer(@n) = $sgp:page-of-break(generate-id(current()))]"/>
      <a class="pb" href="#facsimile" data-page="{$page/@n}" aria-label="{sgp:page-label($page)}, {sg:label('show-page-image')}">[<xsl:value-of select="sgp:page-label($page)"/>]</a>
    </xsl:if>
  </xsl:template>

  <!-- An element of the text that a zone of an image stands for (pointing at it or focusing it
       shows the zone), or that starts a page (<div facs="#s2">): its own rendering is kept,
       with the zone or the page added. -->
  <!-- The pattern starts with what most elements lack (@facs): a pattern that starts by looking
       for an ancestor tei:text made every element of a long edition pay for it. -->
  <xsl:template match="*[@facs][not(self::tei:pb)][$sg:has-facsimile][exists(sg:facs-zone(.)) or map:contains($sgp:page-of-break, generate-id())]"
                mode="html" priority="5">
    <xsl:variable name="rendered" as="node()*"><xsl:next-match/></xsl:variable>
    <xsl:variable name="zone" select="sg:facs-zone(.)"/>
    <xsl:variable name="page" select="$sgp:page-of-break(generate-id())"/>
    <xsl:variable name="links" as="attribute()*">
      <xsl:if test="exists($zone)">
        <xsl:attribute name="data-zone" select="$zone"/>
        <xsl:attribute name="tabindex" select="'0'"/>
      </xsl:if>
      <xsl:if test="exists($page)"><xsl:attribute name="data-page" select="$page"/></xsl:if>
    </xsl:variable>
    <xsl:choose>
      <xsl:when test="count($rendered[self::*]) = 1 and empty($rendered[self::text()][normalize-space()]) and not($rendered[self::*]/local-name() = ('br', 'a'))">
        <xsl:for-each select="$rendered">
          <xsl:choose>
            <xsl:when test="self::*">
              <xsl:copy>
                <xsl:sequence select="@*, $links, node()"/>
              </xsl:copy>
            </xsl:when>
            <xsl:otherwise><xsl:sequence select="."/></xsl:otherwise>
          </xsl:choose>
        </xsl:for-each>
      </xsl:when>
      <!-- A line break (its mark begins the line), or what renders as several pieces (its mark comes first). -->
      <xsl:otherwise>
        <xsl:variable name="mark">
          <span class="zone-mark">
            <xsl:sequence select="$links"/>
            <xsl:if test="exists($zone)"><xsl:attribute name="aria-label" select="sg:label('zone-of') || ' ' || (@n, $zone)[1]"/></xsl:if>
            <xsl:value-of select="(@n, '◦')[1]"/>
          </span>
        </xsl:variable>
        <xsl:sequence select="if (self::tei:lb) then ($rendered, $mark) else ($mark, $rendered)"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>
</xsl:stylesheet>
