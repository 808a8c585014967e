package org.sigla.collate;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.sf.saxon.om.NodeInfo;
import net.sf.saxon.s9api.QName;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.XdmNodeKind;
import org.sigla.EditionException;
import org.sigla.Sigla;

/**
 * Reads a witness: a plain text (UTF-8; paragraphs parted by blank lines) or a TEI file (the
 * paragraphs, verse lines and other blocks of its text, with the inline markup around its
 * words and its page and line breaks). Words are what stands between spaces. A lacuna is
 * marked by the word {@value Token#LACUNA_MARK} in a plain text, by {@code <lacunaStart/>} or
 * {@code <gap/>} in a TEI text.
 */
final class WitnessReader {

    private static final String TEI = "http://www.tei-c.org/ns/1.0";
    /** The blocks of a TEI witness whose words are collated. */
    private static final Set<String> BLOCKS = Set.of("p", "ab", "l", "head", "item", "cell", "label", "speaker", "stage",
            "salute", "signed", "dateline", "trailer", "byline", "docTitle", "titlePart", "docDate", "docAuthor", "addrLine");
    /** What is not the witness's running text: notes, the page's furniture, descriptions of figures. */
    private static final Set<String> APART = Set.of("note", "fw", "figDesc", "teiHeader", "witDetail", "interpGrp", "linkGrp");
    private static final Set<String> MILESTONES = Set.of("pb", "lb", "cb");
    /** Where a TEI witness is not extant (a lost leaf, a hole): its lacuna runs to its next word. */
    private static final Set<String> LACUNA = Set.of("lacunaStart", "gap");

    private final Sigla sigla;

    WitnessReader(Sigla sigla) {
        this.sigla = sigla;
    }

    WitnessText read(String siglum, Path file) throws CollationException, IOException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new CollationException(file + ": error: the witness does not exist [witness]");
        } catch (IOException e) {
            throw new CollationException(file + ": error: the witness cannot be read (" + e.getMessage() + ") [witness]");
        }
        String text = utf8(file, bytes);
        WitnessText witness = looksLikeTei(text) ? tei(siglum, file) : plain(siglum, file, text);
        if (witness.size() == 0) {
            throw new CollationException(file + ": error: the witness has no words [witness]");
        }
        return witness;
    }

    private static boolean looksLikeTei(String text) {
        return text.stripLeading().startsWith("<") && text.contains(TEI);
    }

    /** The text, or a message at the line and column of the first byte that is not UTF-8. */
    private static String utf8(Path file, byte[] bytes) throws CollationException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            String before = new String(bytes, 0, in.position(), StandardCharsets.UTF_8);
            int line = (int) before.chars().filter(c -> c == '\n').count() + 1;
            int column = before.length() - before.lastIndexOf('\n');
            throw new CollationException(file + ":" + line + ":" + column + ": error: the witness is not UTF-8 text"
                    + " (save it as UTF-8) [witness]");
        }
        decoder.flush(out);
        out.flip();
        String text = out.toString();
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static WitnessText plain(String siglum, Path file, String text) {
        List<List<Token>> blocks = new ArrayList<>();
        for (String paragraph : text.split("\\R\\s*\\R")) {
            List<Token> words = new ArrayList<>();
            for (String word : paragraph.trim().split("\\s+")) {
                if (word.equals(Token.LACUNA_MARK)) {
                    words.add(Token.lacuna(List.of()));
                } else if (!word.isEmpty()) {
                    words.add(new Token(word));
                }
            }
            if (!words.isEmpty()) {
                blocks.add(words);
            }
        }
        return new WitnessText(siglum, file.getFileName().toString(), blocks);
    }

    private WitnessText tei(String siglum, Path file) throws CollationException {
        XdmNode document;
        try {
            document = sigla.read(file).document();
        } catch (EditionException e) {
            throw new CollationException(e.problem().toString());
        }
        List<List<Token>> blocks = new ArrayList<>();
        Map<NodeInfo, Token.Inline> inlines = new IdentityHashMap<>();
        List<Token.Milestone> pending = new ArrayList<>();
        for (XdmNode node : document.select(net.sf.saxon.s9api.streams.Steps.descendant()).toList()) {
            if (node.getNodeKind() != XdmNodeKind.ELEMENT || !TEI.equals(node.getNodeName().getNamespace())) {
                continue;
            }
            String name = node.getNodeName().getLocalName();
            if (!BLOCKS.contains(name) || within(node, APART) || hasBlockInside(node) || !withinText(node)) {
                continue;
            }
            Words words = new Words(pending);
            collect(node, node, words, inlines);
            words.flush();
            pending = words.pending;
            if (!words.tokens.isEmpty()) {
                blocks.add(words.tokens);
            }
        }
        return new WitnessText(siglum, file.getFileName().toString(), blocks);
    }

    /** The words of a block as they are read: characters gather into a word until a space or a break. */
    private static final class Words {
        private final List<Token> tokens = new ArrayList<>();
        private final StringBuilder word = new StringBuilder();
        private List<Token.Inline> markup = List.of();
        private List<Token.Milestone> pending;

        Words(List<Token.Milestone> pending) {
            this.pending = new ArrayList<>(pending);
        }

        void text(String text, List<Token.Inline> around) {
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (Character.isWhitespace(c)) {
                    flush();
                } else {
                    if (word.length() == 0) {
                        markup = around;
                    }
                    word.append(c);
                }
            }
        }

        /** A break ends the word before it, unless it stands inside a word (break="no"). */
        void milestone(Token.Milestone milestone, boolean breaks) {
            if (breaks) {
                flush();
            }
            pending.add(milestone);
        }

        /** Where the witness is not extant: a lacuna's start or a gap. Its breaks stay with the next word. */
        void lacuna() {
            flush();
            tokens.add(Token.lacuna(List.of()));
        }

        void flush() {
            if (word.length() > 0) {
                tokens.add(new Token(word.toString(), markup, pending));
                pending = new ArrayList<>();
                word.setLength(0);
            }
        }
    }

    /** The words of a block, with the markup and milestones around them, in document order. */
    private static void collect(XdmNode block, XdmNode node, Words words, Map<NodeInfo, Token.Inline> inlines) {
        for (XdmNode child : node.children()) {
            if (child.getNodeKind() == XdmNodeKind.TEXT) {
                words.text(child.getStringValue(), markup(block, child, inlines));
            } else if (child.getNodeKind() == XdmNodeKind.ELEMENT && TEI.equals(child.getNodeName().getNamespace())) {
                String name = child.getNodeName().getLocalName();
                if (MILESTONES.contains(name)) {
                    words.milestone(new Token.Milestone(name, child.getAttributeValue(new QName("n"))),
                            !"no".equals(child.getAttributeValue(new QName("break"))));
                } else if (LACUNA.contains(name)) {
                    words.lacuna();
                } else if (!APART.contains(name) && !name.equals("lacunaEnd")) {
                    collect(block, child, words, inlines);
                }
            }
        }
    }

    private static List<Token.Inline> markup(XdmNode block, XdmNode text, Map<NodeInfo, Token.Inline> inlines) {
        List<Token.Inline> markup = new ArrayList<>();
        for (XdmNode up = text.getParent(); up != null && !up.equals(block); up = up.getParent()) {
            XdmNode element = up;
            markup.add(0, inlines.computeIfAbsent(element.getUnderlyingNode(), n -> {
                List<String[]> attributes = new ArrayList<>();
                for (XdmNode attribute : element.select(net.sf.saxon.s9api.streams.Steps.attribute()).toList()) {
                    if (!attribute.getNodeName().getLocalName().equals("id")) {
                        attributes.add(new String[] {attribute.getNodeName().getPrefix().isEmpty() ? attribute.getNodeName().getLocalName()
                                : attribute.getNodeName().getPrefix() + ":" + attribute.getNodeName().getLocalName(), attribute.getStringValue()});
                    }
                }
                return new Token.Inline(inlines.size() + 1, element.getNodeName().getLocalName(), attributes);
            }));
        }
        return markup;
    }

    private static boolean within(XdmNode node, Set<String> names) {
        for (XdmNode up = node.getParent(); up != null && up.getNodeName() != null; up = up.getParent()) {
            if (names.contains(up.getNodeName().getLocalName())) {
                return true;
            }
        }
        return false;
    }

    private static boolean withinText(XdmNode node) {
        for (XdmNode up = node.getParent(); up != null && up.getNodeName() != null; up = up.getParent()) {
            if (up.getNodeName().getLocalName().equals("text")) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasBlockInside(XdmNode node) {
        for (XdmNode inner : node.select(net.sf.saxon.s9api.streams.Steps.descendant()).toList()) {
            if (inner.getNodeKind() == XdmNodeKind.ELEMENT && BLOCKS.contains(inner.getNodeName().getLocalName())
                    && !within(inner, APART)) {
                return true;
            }
        }
        return false;
    }
}
