<?xml version="1.0" encoding="UTF-8"?>
<!--
  The witnesses as scholars name them: the shelfmark as it is cited ("Oxford, Bodleian
  Library, Digby 177 (SC 1778)"), the date of origin, the description (msDesc) a witness
  carries, and which witness or group of witnesses a siglum of the apparatus stands for.
  Every view that names a witness at length asks these functions, so that a witness is
  named the same way in the web edition, the apparatus, the synopsis, the text and in print.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:sg="http://sigla.org/ns"
    xmlns:sgp="http://sigla.org/ns/private"
    exclude-result-prefixes="#all">

  <!-- Whether the print editions follow the text with the witnesses' full descriptions. -->
  <xsl:param name="witness-descriptions" as="xs:boolean" select="true()"/>

  <!-- A witness or a group of witnesses by its siglum (@n) or its id, as the apparatus writes them. -->
  <xsl:key name="sgp:siglum" match="tei:listWit//tei:witness | tei:listWit[ancestor::tei:listWit]" use="@n, @xml:id"/>

  <!-- What the conspectus lists: the edition's listWit (its groups kept), else the single source. -->
  <xsl:variable name="sg:witness-list" as="element()*"
      select="/tei:TEI/tei:teiHeader/tei:fileDesc/tei:sourceDesc/(if (tei:listWit) then tei:listWit else (tei:msDesc, tei:bibl, tei:biblStruct)[1])"/>

  <!-- The witnesses that have a description of their own in the web edition (a printed source stays on the title page). -->
  <xsl:variable name="sg:described-witnesses" as="element()*" select="$sg:witness-list[self::tei:listWit or self::tei:msDesc]"/>

  <!-- The conspectus siglorum as lines for the plain views (text, print): each witness's siglum and
       summary, a group before its members, which have a @depth one more. -->
  <xsl:variable name="sg:witnesses" as="element(sg:witness)*">
    <xsl:apply-templates select="$sg:witness-list" mode="sgp:conspectus"/>
  </xsl:variable>

  <xsl:mode name="sgp:conspectus" on-no-match="shallow-skip"/>
  <xsl:template match="tei:listWit[not(ancestor::tei:listWit)]" mode="sgp:conspectus">
    <xsl:apply-templates select="tei:witness | tei:listWit" mode="#current"/>
  </xsl:template>
  <xsl:template match="tei:witness | tei:listWit | tei:msDesc | tei:bibl | tei:biblStruct" mode="sgp:conspectus">
    <sg:witness siglum="{sg:siglum(.)}" depth="{max((0, count(ancestor::tei:listWit) - 1))}"><xsl:value-of select="sg:witness-summary(.)"/></sg:witness>
    <xsl:apply-templates select="self::tei:listWit/(tei:witness | tei:listWit)" mode="#current"/>
  </xsl:template>

  <!-- The witness (or group) a siglum stands for, if the edition lists one. -->
  <xsl:function name="sg:siglum-target" as="element()?">
    <xsl:param name="siglum" as="xs:string"/>
    <xsl:sequence select="key('sgp:siglum', $siglum, $sg:document)[1]"/>
  </xsl:function>

  <!-- The siglum of a witness or group: its @n, else its id. -->
  <xsl:function name="sg:siglum" as="xs:string">
    <xsl:param name="witness" as="element()"/>
    <xsl:sequence select="string(($witness/@n, $witness/@xml:id, $sg:source-siglum)[1])"/>
  </xsl:function>

  <!-- The id a witness's description carries in the web edition. -->
  <xsl:function name="sg:witness-id" as="xs:string">
    <xsl:param name="witness" as="element()"/>
    <xsl:sequence select="'witness-' || ($witness/@xml:id, 'source-' || count($witness/preceding::*[self::tei:witness or self::tei:msDesc or self::tei:listWit]) + 1)[1]"/>
  </xsl:function>

  <!-- The manuscript (or object) description of a witness: its msDesc, or the msDesc itself. -->
  <xsl:function name="sg:witness-description" as="element(tei:msDesc)?">
    <xsl:param name="witness" as="element()"/>
    <xsl:sequence select="($witness/self::tei:msDesc, $witness/tei:msDesc)[1]"/>
  </xsl:function>

  <!--
    The shelfmark as it is cited: place, institution and repository, then collection and number
    together ("London, British Library, Lansdowne 436"), each other identifier in parentheses
    with its type ("(SC 1778)"), a former one as olim.
  -->
  <xsl:function name="sg:shelfmark" as="xs:string">
    <xsl:param name="identifier" as="element()"/>
    <xsl:variable name="own" select="sgp:shelfmark-parts($identifier)"/>
    <!-- An identifier that is all in its altIdentifiers (one per language, as EpiDoc corpora write them)
         is cited by the one in the reader's language. -->
    <xsl:variable name="alternatives" select="$identifier/tei:altIdentifier[normalize-space()]"/>
    <xsl:variable name="main" select="if (exists($own)) then () else ($alternatives[lang(sg:interface-lang())], $alternatives)[1]"/>
    <xsl:variable name="others" select="for $alt in $alternatives except $main
        return if ($main and normalize-space($alt/tei:idno) = normalize-space($main/tei:idno)) then ()
        else '(' || string-join(((if ($alt/@type = ('former', 'olim')) then 'olim' else $alt/@type), sg:plain($alt/tei:idno)), ' ') || ')'"/>
    <xsl:variable name="names" select="$identifier/tei:msName[normalize-space()][not(lower-case(normalize-space()) = ('n/a', 'none', '-', '—'))] ! ('“' || sg:plain(.) || '”')"/>
    <xsl:sequence select="normalize-space(string-join(if (exists($own)) then $own else $main ! sgp:shelfmark-parts(.), ', ') || string-join(('', $others, $names), ' '))"/>
  </xsl:function>

  <!-- Place, institution and repository, then collection and number together. -->
  <xsl:function name="sgp:shelfmark-parts" as="xs:string*">
    <xsl:param name="identifier" as="element()"/>
    <xsl:variable name="number" select="string-join(($identifier/tei:collection, $identifier/tei:idno)[normalize-space()] ! sg:plain(.), ' ')"/>
    <xsl:sequence select="($identifier/(tei:country | tei:region | tei:settlement | tei:institution | tei:repository))[normalize-space()] ! sg:plain(.), $number[. != '']"/>
  </xsl:function>

  <!-- The witness named at length: its shelfmark, else what its description or entry says. -->
  <xsl:function name="sg:witness-name" as="xs:string">
    <xsl:param name="witness" as="element()"/>
    <xsl:variable name="description" select="sg:witness-description($witness)"/>
    <xsl:sequence select="if ($description/tei:msIdentifier) then sg:shelfmark($description/tei:msIdentifier[1])
        else if ($witness/self::tei:listWit) then string-join($witness/tei:head ! sg:plain(.), ' ')
        else if ($witness/self::tei:bibl or $witness/self::tei:biblStruct)
          then string-join($witness/(tei:author, tei:title, tei:publisher, tei:msIdentifier/*, tei:extent, tei:date, .//tei:monogr/(tei:author, tei:title, tei:imprint/*)) ! sg:plain(.), ', ')
        else normalize-space(string-join($witness/(text() | * except (tei:msDesc | tei:note)) ! sg:plain(.), ''))"/>
  </xsl:function>

  <!-- When the witness was made, as its description says (origin first). -->
  <xsl:function name="sg:witness-date" as="element(tei:origDate)?">
    <xsl:param name="witness" as="element()"/>
    <xsl:variable name="description" select="sg:witness-description($witness)"/>
    <xsl:variable name="dates" select="($description/tei:history/tei:origin//tei:origDate, $description//tei:origDate)"/>
    <!-- A date given in several languages is read in the reader's. -->
    <xsl:sequence select="($dates[lang(sg:interface-lang())], $dates)[1]"/>
  </xsl:function>

  <!-- Dimensions as they are cited: "leaf 335 × 215 mm", "written area 225 × 145 mm", "h. 0.42 × w. 0.30 m" in its unit. -->
  <xsl:function name="sg:dimensions" as="xs:string">
    <xsl:param name="dimensions" as="element(tei:dimensions)"/>
    <xsl:variable name="measures" select="($dimensions/(tei:height | tei:width | tei:depth | tei:dim)) !
        (normalize-space(.)[. != ''], @quantity, string-join((@atLeast, @atMost), '–')[. != ''], '?')[1]"/>
    <xsl:variable name="label" select="$dimensions/@type[. = ('leaf', 'written')] ! lower-case(sg:label('ms-dimensions-' || .))"/>
    <xsl:sequence select="if (empty($measures)) then normalize-space($dimensions)
        else string-join(($label, string-join($measures, ' × ') || ($dimensions/@unit ! (' ' || .))), ' ')"/>
  </xsl:function>

  <!-- A date as plain words, its superscripts kept as superscript letters (s. xiiᵉˣ), where Unicode has them all. -->
  <xsl:function name="sg:plain-date" as="xs:string">
    <xsl:param name="date" as="element()"/>
    <xsl:variable name="letters" select="'abcdefghijklmnoprstuvwxyz0123456789'"/>
    <xsl:variable name="raised" select="'ᵃᵇᶜᵈᵉᶠᵍʰⁱʲᵏˡᵐⁿᵒᵖʳˢᵗᵘᵛʷˣʸᶻ⁰¹²³⁴⁵⁶⁷⁸⁹'"/>
    <xsl:sequence select="normalize-space(string-join(for $piece in $date/node() return
        if ($piece/self::tei:hi[@rend = ('sup', 'superscript')])
        then (if (matches(string($piece), '^[' || $letters || ']+$')) then translate(string($piece), $letters, $raised) else '^' || string($piece))
        else sg:plain($piece)))"/>
  </xsl:function>

  <!-- One line for a witness (siglum aside): name and date; a group lists its members' sigla. -->
  <xsl:function name="sg:witness-summary" as="xs:string">
    <xsl:param name="witness" as="element()"/>
    <xsl:sequence select="if ($witness/self::tei:listWit)
        then string-join((sg:witness-name($witness)[. != ''], sg:label('members') || sg:label('colon') || string-join(($witness//tei:witness) ! sg:siglum(.), ', ')), '; ')
        else string-join((sg:witness-name($witness), sg:witness-date($witness) ! sg:plain-date(.))[normalize-space()], ', ')"/>
  </xsl:function>
</xsl:stylesheet>
