<?xml version="1.0" encoding="UTF-8"?>
<!--
  The source's page images: which image stands for which page of the text, and which zones of
  an image the text's lines, words or divisions point at (<facsimile>, <surface>, <graphic>,
  <zone>; @facs on pb, and on any element of the text for a zone).

  sg:facsimile-pages is the edition's pages in reading order, in Sigla's own terms:
    <sg:page n="1" label="2" pb="(generate-id of the pb)" space-width="…" space-height="…">
      <sg:image kind="local|remote|iiif" url="…" width="…" height="…"/>
      <sg:caption>…</sg:caption>
      <sg:zone id="…" ulx="…" uly="…" lrx="…" lry="…" points="…"/>
    </sg:page>
  The web view shows them beside the text, the print views as plates.

  The image files an edition names are its own business: a build copies the local ones (named
  by the template sg:facsimile-files) into its output, converts or cuts them, and passes what it
  made as $facsimile-images; standalone, a local image is linked where the source names it.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:sg="http://sigla.org/ns"
    xmlns:sgp="http://sigla.org/ns/private"
    exclude-result-prefixes="#all">

  <!-- What a build made of each local image (see Facsimiles.java):
       <images><image uri="file:/…/f2.tif" src="facsimile/f2.jpg" width="…" height="…"/>, with
       tiles="facsimile/f2_files/" tile-size="…" overlap="…" format="jpg" for a tiled one and
       missing="true" for a file that is not there. Empty standalone. -->
  <xsl:param name="facsimile-images" as="document-node()?" select="()"/>

  <xsl:key name="sgp:made-image" match="image" use="@uri"/>
  <xsl:key name="sgp:page-break" match="tei:pb" use="generate-id()"/>

  <!-- The elements the page images stand on: surfaces, and graphics outside any surface (EpiDoc). -->
  <xsl:variable name="sgp:surfaces" as="element()*"
      select="/tei:TEI/tei:facsimile//(tei:surface[empty(ancestor::tei:surface)] | tei:graphic[empty(ancestor::tei:surface)])"/>

  <!-- The text's page breaks: those of no witness in particular where there are such, else all. -->
  <xsl:variable name="sgp:page-breaks" as="element(tei:pb)*" select="
      let $all := /tei:TEI/tei:text//tei:pb[empty(ancestor::tei:note)]
      return if (exists($all[empty(@ed)])) then $all[empty(@ed)] else $all"/>

  <!-- A IIIF Presentation manifest named by the facsimile: where its surfaces name no image of
       their own, its canvases are the pages, in order (read by the reader's browser, facsimile.js). -->
  <xsl:variable name="sg:facsimile-manifest" as="xs:string?"
      select="(/tei:TEI/tei:facsimile/(@sameAs, @source) ! sg:safe-url(tokenize(.)[1]))[matches(., '^https?:', 'i')][1]"/>

  <!-- What starts a page: a break that names its image, or any element of the text that names a
       whole surface (<div facs="#s2">) rather than a zone. (Only a break is looked at for an
       image file: an edition without <facsimile> is not walked through for other elements.) -->
  <xsl:variable name="sgp:page-starts" as="element()*" select="
      $sgp:page-breaks[@facs] | (if (empty(/tei:TEI/tei:facsimile)) then () else
        /tei:TEI/tei:text//*[@facs][not(self::tei:pb)][empty(ancestor::tei:note)]
          [let $target := sgp:facs-target(@facs, .) return $target instance of xs:string or exists($target/(self::tei:surface | self::tei:graphic))])"/>

  <xsl:variable name="sg:facsimile-pages" as="element(sg:page)*">
    <xsl:variable name="pages" as="element(sg:page)*">
      <xsl:choose>
        <xsl:when test="exists($sgp:page-starts)">
          <xsl:for-each select="$sgp:page-starts">
            <xsl:variable name="target" select="sgp:facs-target(@facs, .)"/>
            <xsl:sequence select="if ($target instance of element()) then sgp:page(($target/ancestor-or-self::tei:surface[1], $target)[1], .)
                                  else sgp:image-page(.)"/>
          </xsl:for-each>
        </xsl:when>
        <!-- The canvases of a manifest are matched to the breaks in the page (see facsimile.js). -->
        <xsl:when test="empty($sgp:surfaces) and exists($sg:facsimile-manifest)">
          <xsl:for-each select="$sgp:page-breaks">
            <sg:page><xsl:call-template name="sgp:page-break"><xsl:with-param name="pb" select="."/></xsl:call-template></sg:page>
          </xsl:for-each>
        </xsl:when>
        <!-- No break names its image: the n-th break stands for the n-th surface; surfaces
             beyond the breaks (or with no breaks at all, as on an inscription) follow. -->
        <xsl:otherwise>
          <xsl:for-each select="$sgp:surfaces">
            <xsl:variable name="i" select="position()"/>
            <xsl:sequence select="sgp:page(., $sgp:page-breaks[$i])"/>
          </xsl:for-each>
        </xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <xsl:for-each select="$pages">
      <sg:page n="{position()}">
        <xsl:sequence select="@* except @n, node()"/>
      </sg:page>
    </xsl:for-each>
  </xsl:variable>

  <!-- Whether the edition has page images to show; a manifest counts, its canvases come later. -->
  <xsl:variable name="sg:has-facsimile" as="xs:boolean"
      select="exists($sg:facsimile-pages/sg:image) or exists($sg:facsimile-manifest) and exists($sg:facsimile-pages)"/>

  <!-- What @facs points at: an element of the edition (#s2), or an image's address as a string. -->
  <xsl:function name="sgp:facs-target" as="item()?">
    <xsl:param name="facs" as="attribute()"/>
    <xsl:param name="context" as="element()"/>
    <xsl:variable name="first" select="tokenize($facs)[1]"/>
    <xsl:sequence select="if (starts-with($first, '#')) then key('sg:id', substring($first, 2), root($context))[1]
                          else if (exists($first)) then $first else ()"/>
  </xsl:function>

  <!-- A page from a surface (or a loose graphic, or a zone's graphic): its best image and its zones. -->
  <xsl:function name="sgp:page" as="element(sg:page)?">
    <xsl:param name="surface" as="element()"/>
    <xsl:param name="pb" as="element()?"/>
    <xsl:variable name="graphic" select="sgp:best-graphic(if ($surface/self::tei:graphic) then $surface else $surface//tei:graphic[empty(ancestor::tei:zone)])"/>
    <sg:page>
      <xsl:call-template name="sgp:page-break"><xsl:with-param name="pb" select="$pb"/></xsl:call-template>
      <xsl:if test="$surface/@xml:id"><xsl:attribute name="surface" select="$surface/@xml:id"/></xsl:if>
      <xsl:variable name="space" select="sgp:extent($surface, $graphic)"/>
      <xsl:if test="count($space) = 2">
        <xsl:attribute name="space-width" select="$space[1]"/>
        <xsl:attribute name="space-height" select="$space[2]"/>
      </xsl:if>
      <xsl:for-each select="$graphic">
        <xsl:sequence select="sgp:image(@url)"/>
        <xsl:for-each select="tei:desc[1]"><sg:caption><xsl:value-of select="normalize-space()"/></sg:caption></xsl:for-each>
      </xsl:for-each>
      <xsl:variable name="origin" select="(sgp:number($surface/@ulx), sgp:number($surface/@uly))"/>
      <!-- Only zones whose coordinates are numbers (an invalid edition built with force may have others). -->
      <xsl:for-each select="$surface/descendant::tei:zone[@xml:id][@points[every $pair in tokenize(normalize-space(.)) satisfies
                                (every $n in tokenize($pair, ',') satisfies $n castable as xs:double) and count(tokenize($pair, ',')) = 2]
                              or @lrx castable as xs:double and (every $c in (@ulx, @uly, @lry) satisfies $c castable as xs:double)]">
        <sg:zone id="{@xml:id}">
          <xsl:choose>
            <xsl:when test="@points">
              <xsl:attribute name="points" select="string-join(
                  for $pair in tokenize(normalize-space(@points)) return
                    let $xy := tokenize($pair, ',') ! xs:double(.)
                    return ($xy[1] - $origin[1]) || ',' || ($xy[2] - $origin[2]), ' ')"/>
            </xsl:when>
            <xsl:otherwise>
              <xsl:attribute name="ulx" select="sgp:number(@ulx) - $origin[1]"/>
              <xsl:attribute name="uly" select="sgp:number(@uly) - $origin[2]"/>
              <xsl:attribute name="lrx" select="sgp:number(@lrx) - $origin[1]"/>
              <xsl:attribute name="lry" select="sgp:number((@lry, @uly)[1]) - $origin[2]"/>
            </xsl:otherwise>
          </xsl:choose>
        </sg:zone>
      </xsl:for-each>
    </sg:page>
  </xsl:function>

  <!-- A page whose break names an image file directly. -->
  <xsl:function name="sgp:image-page" as="element(sg:page)?">
    <xsl:param name="pb" as="element()"/>
    <sg:page>
      <xsl:call-template name="sgp:page-break"><xsl:with-param name="pb" select="$pb"/></xsl:call-template>
      <xsl:sequence select="sgp:image($pb/@facs)"/>
    </sg:page>
  </xsl:function>

  <xsl:template name="sgp:page-break">
    <xsl:param name="pb" as="element()?"/>
    <xsl:for-each select="$pb">
      <xsl:attribute name="pb" select="generate-id()"/>
      <xsl:if test="@n"><xsl:attribute name="label" select="@n"/></xsl:if>
    </xsl:for-each>
  </xsl:template>

  <!-- The coordinate space of a surface's zones: the surface's own box, else the graphic's declared
       size; where neither is given, the zones are in the image's pixels. -->
  <xsl:function name="sgp:extent" as="xs:double*">
    <xsl:param name="surface" as="element()"/>
    <xsl:param name="graphic" as="element(tei:graphic)?"/>
    <xsl:sequence select="if ($surface/@lrx castable as xs:double and $surface/@lry castable as xs:double)
                          then (sgp:number($surface/@lrx) - sgp:number($surface/@ulx), sgp:number($surface/@lry) - sgp:number($surface/@uly))
                          else (sgp:pixels($graphic/@width), sgp:pixels($graphic/@height))"/>
  </xsl:function>

  <!-- A coordinate as a number: 0 where it is missing or not a number. -->
  <xsl:function name="sgp:number" as="xs:double">
    <xsl:param name="value" as="attribute()?"/>
    <xsl:sequence select="if ($value castable as xs:double) then xs:double($value) else 0"/>
  </xsl:function>

  <xsl:function name="sgp:pixels" as="xs:double?">
    <xsl:param name="length" as="attribute()?"/>
    <xsl:sequence select="if (matches($length, '^\s*[0-9]+(\.[0-9]+)?\s*(px)?\s*$')) then xs:double(replace($length, '[^0-9.]', '')) else ()"/>
  </xsl:function>

  <!-- Of a surface's graphics, the one to show: not a thumbnail where there is more; a IIIF
       service first (it zooms), then one a browser shows (or that a build converts), the
       largest declared first. -->
  <xsl:function name="sgp:best-graphic" as="element(tei:graphic)?">
    <xsl:param name="graphics" as="element(tei:graphic)*"/>
    <xsl:variable name="thumbnails" select="$graphics[matches(string-join((@rend, @type, @subtype, @n), ' '), 'thumb|icon|preview', 'i')]"/>
    <xsl:variable name="candidates" select="if (exists($graphics except $thumbnails)) then $graphics except $thumbnails else $graphics"/>
    <xsl:variable name="ranked" as="element(tei:graphic)*">
      <xsl:perform-sort select="$candidates">
        <xsl:sort select="if (sgp:kind(@url) = 'iiif') then 0 else if (matches(@mimeType, 'tiff', 'i')) then 2 else 1"/>
        <xsl:sort select="(sgp:pixels(@width), 0)[1] * (sgp:pixels(@height), 1)[1]" order="descending"/>
      </xsl:perform-sort>
    </xsl:variable>
    <xsl:sequence select="$ranked[1]"/>
  </xsl:function>

  <!-- local (a file beside the edition), iiif (an Image API service) or remote (an image on the web). -->
  <xsl:function name="sgp:kind" as="xs:string">
    <xsl:param name="url" as="xs:string?"/>
    <xsl:sequence select="
        if (matches($url, '/info\.json$', 'i') or matches($url, '^https?://', 'i') and matches($url, '/iiif/', 'i') and not(matches($url, '\.(jpe?g|png|gif|webp|tiff?)$', 'i'))) then 'iiif'
        else if (matches($url, '^[a-z][a-z0-9+.-]*:', 'i') and not(matches($url, '^file:', 'i'))) then 'remote'
        else 'local'"/>
  </xsl:function>

  <!-- The image an attribute names (graphic/@url, pb/@facs), as the pages show it; a local one
       keeps its address as the source names it and the path of the attribute, for
       sg:facsimile-files. -->
  <xsl:function name="sgp:image" as="element(sg:image)?">
    <xsl:param name="named" as="attribute()"/>
    <xsl:variable name="url" select="tokenize($named)[1]"/>
    <xsl:variable name="kind" select="sgp:kind($url)"/>
    <xsl:variable name="safe" select="sg:safe-url($url)"/>
    <xsl:if test="exists($url) and (exists($safe) or $kind = 'local')">
      <sg:image kind="{$kind}">
        <xsl:choose>
          <xsl:when test="$kind = 'iiif'">
            <xsl:attribute name="url" select="if (matches($safe, '/info\.json$', 'i')) then $safe else replace($safe, '/$', '') || '/info.json'"/>
          </xsl:when>
          <xsl:when test="$kind = 'remote'"><xsl:attribute name="url" select="$safe"/></xsl:when>
          <xsl:otherwise>
            <xsl:variable name="uri" select="sgp:local-uri($url, $named/..)"/>
            <xsl:variable name="made" select="if (exists($facsimile-images)) then key('sgp:made-image', $uri, $facsimile-images) else ()"/>
            <xsl:attribute name="source" select="$url"/>
            <xsl:attribute name="uri" select="$uri"/>
            <xsl:attribute name="at" select="path($named)"/>
            <xsl:choose>
              <xsl:when test="$made/@missing = 'true'"><xsl:attribute name="missing" select="'true'"/></xsl:when>
              <xsl:when test="exists($made)">
                <xsl:sequence select="$made/(@width, @height, @tiles, @tile-size, @overlap, @format)"/>
                <xsl:attribute name="url" select="$made/@src"/>
              </xsl:when>
              <xsl:when test="exists($safe)"><xsl:attribute name="url" select="$safe"/></xsl:when>
              <xsl:otherwise><xsl:attribute name="missing" select="'true'"/></xsl:otherwise>
            </xsl:choose>
          </xsl:otherwise>
        </xsl:choose>
      </sg:image>
    </xsl:if>
  </xsl:function>

  <xsl:function name="sgp:local-uri" as="xs:string">
    <xsl:param name="url" as="xs:string"/>
    <xsl:param name="context" as="element()"/>
    <xsl:sequence select="string(resolve-uri(iri-to-uri(normalize-space($url)), base-uri($context)))"/>
  </xsl:function>

  <!-- The local image files the pages show, for a build to copy: each with its address and
       the path of the attribute that names it (for a warning at its line). -->
  <xsl:template name="sg:facsimile-files">
    <files>
      <xsl:for-each-group select="$sg:facsimile-pages/sg:image[@kind = 'local']" group-by="@uri">
        <file uri="{@uri}" url="{@source}" path="{@at}"/>
      </xsl:for-each-group>
    </files>
  </xsl:template>

  <!-- Print: the page images as plates after the text (-p facsimile-plates=true). A local image
       is printed from the source's own file; a remote one or a IIIF service is named by its
       address, never fetched. -->
  <xsl:param name="facsimile-plates" as="xs:boolean" select="false()"/>
  <xsl:variable name="sg:plates" as="element(sg:page)*" select="if ($facsimile-plates) then $sg:facsimile-pages[sg:image] else ()"/>

  <!-- A plate's caption: the page (its number in the text, else its place among the images) and the graphic's description. -->
  <xsl:function name="sg:plate-caption" as="xs:string">
    <xsl:param name="page" as="element(sg:page)"/>
    <xsl:sequence select="string-join((if ($page/@label) then sg:label('page') || '&#xA0;' || $page/@label else sg:label('page-image') || '&#xA0;' || $page/@n,
                                       $page/sg:caption[normalize-space()]), ': ')"/>
  </xsl:function>

  <!-- The zone an element of the text points at, if it points at one. -->
  <xsl:function name="sg:facs-zone" as="xs:string?">
    <xsl:param name="element" as="element()"/>
    <xsl:sequence select="(tokenize($element/@facs) ! substring-after(., '#'))[key('sg:id', ., root($element))/self::tei:zone][1]"/>
  </xsl:function>
</xsl:stylesheet>
