package org.sigla.safety;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.sigla.Edition;
import org.sigla.support.Editions;
import org.sigla.support.Invariants;
import org.sigla.validate.Report;
import org.sigla.views.View;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.w3c.dom.Text;

/**
 * Editions broken at random, as editors break them while they work: elements deleted,
 * duplicated or moved, attributes and ids dropped or garbled, and Unicode of every kind
 * inserted. Validation and every view must answer without crashing, and a mutant that is
 * still valid must keep the views' invariants.
 */
class MutantEditionTest {

    private static final List<Path> EDITIONS = List.of(Editions.testEdition("verse"), Editions.testEdition("drama"),
            Editions.testEdition("letter"), Editions.testEdition("apparatus"), Editions.MEMOIR);
    /** Combining marks, right-to-left text and overrides, characters outside the BMP, C1 controls, a BOM. */
    private static final String[] STRANGE = {"e\u0301\u0308", "\u05E9\u05DC\u05D5\u05DD", "\u202Eevil\u202C", "\u200F",
            "\uD83D\uDE00", "\uD800\uDF30\uD800\uDF31", "\u007F", "\u0085", "\u009F", "\uFEFF", "\t", "&<>\"'", "\u0301",
            "\u0627\u0644\u0639\u0631\u0628\u064A\u0629", "\u00A0\u2028"};

    private static Path folder;

    @BeforeContainer
    static void createFolder() throws Exception {
        folder = Files.createTempDirectory("sigla-mutants-");
        // The memoir's mutants are checked as the memoir is: against the schemas its <?xml-model?> names beside it.
        Editions.memoirCopy(folder, "mutant.xml");
    }

    @AfterContainer
    static void removeFolder() throws Exception {
        try (var files = Files.walk(folder)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    /** How many mutants were tried, and how many of them were valid (and so had their invariants checked). */
    private static final java.util.concurrent.atomic.AtomicInteger TRIED = new java.util.concurrent.atomic.AtomicInteger();
    private static final java.util.concurrent.atomic.AtomicInteger VALID = new java.util.concurrent.atomic.AtomicInteger();
    /** The print views take a second or more each: every so many mutants is typeset too. */
    private static final int PRINT_EVERY = 100;

    /**
     * The invariants are only as good as the share of mutants they are checked on: about half
     * are valid today; a change that made nearly every mutant invalid (a stricter rule, a mutation
     * that always breaks the grammar) would leave the invariants checked on almost nothing.
     */
    @AfterContainer
    static void enoughMutantsWereValid() {
        if (TRIED.get() >= 500) {
            double share = (double) VALID.get() / TRIED.get();
            System.out.printf("%d of %d mutants were valid%n", VALID.get(), TRIED.get());
            if (share < 0.3) {
                throw new AssertionError("only " + VALID.get() + " of " + TRIED.get() + " mutants were valid: the invariants were hardly checked");
            }
        }
    }

    @Property(tries = 1000)
    void mutantsNeverCrashAndValidOnesKeepTheInvariants(@ForAll @IntRange(min = 0, max = 4) int which,
                                                        @ForAll @IntRange(min = 1, max = 4) int changes,
                                                        @ForAll long seed) throws Exception {
        Path source = EDITIONS.get(which);
        Path mutant = folder.resolve("mutant.xml");
        Files.writeString(mutant, mutate(source, changes, new Random(seed)));
        try {
            boolean valid = check(mutant, TRIED.incrementAndGet() % PRINT_EVERY == 0);
            if (valid) {
                VALID.incrementAndGet();
            }
        } catch (Exception | AssertionError e) {
            // Keep the smallest failing mutant for the developer who has to read it.
            Files.createDirectories(Path.of("target"));
            Files.copy(mutant, Path.of("target", "failed-mutant.xml"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            if (Files.exists(folder.resolve("mutant/index.html"))) {
                Files.copy(folder.resolve("mutant/index.html"), Path.of("target", "failed-mutant.html"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
            throw e;
        }
    }

    /**
     * Found by CI: the apparatus entry kept apart (app with @from and @to) moved into a note.
     * Its reading belongs to the apparatus, not to the note's words.
     */
    @net.jqwik.api.Example
    void anApparatusEntryKeptApartInsideANoteStaysInTheApparatus() throws Exception {
        String entry = "<app from=\"#s1\" to=\"#s2\"><rdg wit=\"#B\">ended quickly</rdg></app>";
        assertTrue(check(edited("apparatus", entry, "", "C glosses it.", "C glosses it. " + entry), true), "the example is valid");
    }

    /** Found by a long run: a list of places moved into a note still feeds the index, not the note's words. */
    @net.jqwik.api.Example
    void aListOfPlacesInsideANoteFeedsTheIndex() throws Exception {
        String list = "<listPlace>\n      <place xml:id=\"kent\"><placeName>Kent</placeName><note>County of England.</note></place>\n    </listPlace>";
        assertTrue(check(edited("verse", list, "", "The nightingale.", "The nightingale. " + list), true), "the example is valid");
    }

    /** Found by a long run: a numbered paragraph moved into a reading the page hides; its entries are placed in the paragraph around it. */
    @net.jqwik.api.Example
    void aParagraphInsideAHiddenReadingLeavesNoPlaceUnlinked() throws Exception {
        String first = Files.readString(Editions.testEdition("apparatus")).lines()
                .filter(line -> line.contains("<p n=\"1\">")).findFirst().orElseThrow().strip();
        assertTrue(check(edited("apparatus", first, "", "<rdg wit=\"#B\"/>", "<rdg wit=\"#B\">" + first + "</rdg>"), true), "the example is valid");
    }

    /** Found by CI: two source descriptions (TEI allows several), each with its listWit; the conspectus lists both. */
    @net.jqwik.api.Example
    void twoSourceDescriptionsMakeOneConspectus() throws Exception {
        assertTrue(check(edited("apparatus", "</sourceDesc>",
                "</sourceDesc>\n      <sourceDesc><listWit><witness xml:id=\"D\">Printed edition D, 1600</witness></listWit></sourceDesc>"), true),
                "the example is valid");
    }

    /** Found by CI: a manuscript with two identifiers (invalid, but no view may fail on it); the first names it. */
    @net.jqwik.api.Example
    void aManuscriptWithTwoIdentifiersIsNamedByTheFirst() throws Exception {
        String identifier = "<msIdentifier><settlement>Paris</settlement><repository>Archives de test</repository><idno>MS 1</idno></msIdentifier>";
        assertFalse(check(edited("letter", identifier, identifier + identifier), true), "the example is invalid");
        Path page = folder.resolve("mutant/apparatus.html");
        assertTrue(Files.isRegularFile(page) && Files.readString(page).contains("Paris, Archives de test, MS 1"), "the apparatus page names the manuscript");
    }

    /** A test edition with each of {@code replacements} (pairs: what, by what) made where it occurs, once. */
    private static Path edited(String edition, String... replacements) throws Exception {
        String source = Files.readString(Editions.testEdition(edition));
        for (int i = 0; i < replacements.length; i += 2) {
            int at = source.indexOf(replacements[i]);
            if (at < 0 || source.indexOf(replacements[i], at + 1) >= 0) {
                throw new AssertionError(edition + " has changed: \"" + replacements[i] + "\" is not there once");
            }
            source = source.replace(replacements[i], replacements[i + 1]);
        }
        Path mutant = folder.resolve("mutant.xml");
        Files.writeString(mutant, source);
        return mutant;
    }

    /**
     * Validates a mutant and renders every view of it (the print views when {@code print}); a
     * valid one must keep the invariants. A mutant that is not well-formed cannot come from
     * {@link #mutate}; MalformedInputTest covers those.
     *
     * @return whether the mutant is valid
     */
    private static boolean check(Path mutant, boolean print) throws Exception {
        Edition edition = Editions.sigla().read(mutant);
        Report report = Editions.sigla().validator().check(edition);
        Path built = Files.createDirectories(folder.resolve("mutant"));
        java.util.Set<View> views = java.util.EnumSet.of(View.HTML, View.SYNOPSIS, View.TEXT, View.APPARATUS_HTML, View.APPARATUS_TEXT, View.LATEX);
        if (print) {
            views.add(View.PDF);
        }
        org.sigla.views.Rendering rendering = Editions.sigla().views().render(views, edition, built, Map.of());
        // An invalid edition may defeat a view (FOP refuses a repeated id), but only in one line at its file; a valid one never.
        for (String failure : rendering.failures().values()) {
            if (report.isValid() || !failure.matches(java.util.regex.Pattern.quote(mutant.toString()) + "(:\\d+:\\d+)?: error: [^\\n]+ \\[view-[\\w-]+\\]")) {
                throw new AssertionError("a view failed: " + rendering.failures());
            }
        }
        if (report.isValid()) {
            Invariants.everyNoteAppearsOnce(mutant, built);
            Invariants.everyInterventionHasAnEntryLinkedBothWays(mutant, built);
            Invariants.noWordOfTheEditedReadingIsLost(mutant, built);
        }
        return report.isValid();
    }

    static String mutate(Path source, int changes, Random random) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
        factory.setNamespaceAware(true);
        factory.setExpandEntityReferences(false);
        Document document = factory.newDocumentBuilder().parse(source.toFile());
        for (int i = 0; i < changes; i++) {
            List<Element> elements = elements(document);
            if (elements.size() < 2) {
                break; // Only the root is left (the <teiHeader> and <text> were deleted): nothing more to break.
            }
            Element target = elements.get(1 + random.nextInt(elements.size() - 1));
            switch (random.nextInt(8)) {
                case 0 -> target.getParentNode().removeChild(target);
                case 1 -> target.getParentNode().insertBefore(target.cloneNode(true), target.getNextSibling());
                case 2 -> {
                    Element host = elements.get(1 + random.nextInt(elements.size() - 1));
                    if (!isAncestorOrSelf(target, host)) {
                        host.appendChild(target);
                    }
                }
                case 3 -> dropAttribute(target, random);
                case 4 -> garbleAttribute(target, random);
                case 5 -> {
                    if (target.hasAttributeNS("http://www.w3.org/XML/1998/namespace", "id")) {
                        if (random.nextBoolean()) {
                            target.removeAttributeNS("http://www.w3.org/XML/1998/namespace", "id");
                        } else {
                            target.setAttributeNS("http://www.w3.org/XML/1998/namespace", "xml:id", "x" + random.nextInt(5));
                        }
                    }
                }
                default -> insertText(target, random);
            }
        }
        StringWriter out = new StringWriter();
        TransformerFactory.newDefaultInstance().newTransformer().transform(new DOMSource(document), new StreamResult(out));
        return out.toString();
    }

    private static List<Element> elements(Document document) {
        List<Element> elements = new ArrayList<>();
        NodeList all = document.getElementsByTagNameNS("*", "*");
        for (int i = 0; i < all.getLength(); i++) {
            elements.add((Element) all.item(i));
        }
        return elements;
    }

    private static boolean isAncestorOrSelf(Node ancestor, Node node) {
        for (Node n = node; n != null; n = n.getParentNode()) {
            if (n == ancestor) {
                return true;
            }
        }
        return false;
    }

    private static void dropAttribute(Element element, Random random) {
        if (element.getAttributes().getLength() > 0) {
            element.removeAttributeNode((Attr) element.getAttributes().item(random.nextInt(element.getAttributes().getLength())));
        }
    }

    private static void garbleAttribute(Element element, Random random) {
        if (element.getAttributes().getLength() > 0) {
            Attr attribute = (Attr) element.getAttributes().item(random.nextInt(element.getAttributes().getLength()));
            if (!attribute.getName().startsWith("xmlns")) {
                attribute.setValue(strange(random) + attribute.getValue() + strange(random));
            }
        }
    }

    private static void insertText(Element element, Random random) {
        Text text = element.getOwnerDocument().createTextNode(strange(random) + " " + strange(random));
        NodeList children = element.getChildNodes();
        element.insertBefore(text, children.getLength() == 0 ? null : children.item(random.nextInt(children.getLength())));
    }

    private static String strange(Random random) {
        return STRANGE[random.nextInt(STRANGE.length)];
    }
}
