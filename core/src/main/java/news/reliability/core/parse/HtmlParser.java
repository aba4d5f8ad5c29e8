package news.reliability.core.parse;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

import news.reliability.core.model.Block;
import news.reliability.core.model.BlockKind;

/**
 * Turns HTML into ordered blocks: the text under each block-level element (paragraph, heading, list item,
 * table cell, and any container holding text directly), with its tag path, link density and offsets in the
 * HTML source. Scripts, styles, forms' hidden parts and other non-text elements are skipped.
 *
 * <p>The traversal is iterative, so 10,000 nested elements cannot overflow the stack. Stateless and
 * thread-safe.
 */
public final class HtmlParser {

    /** Elements that start and end a block of text. */
    private static final Set<String> BLOCK_TAGS = Set.of(
            "address", "article", "aside", "blockquote", "body", "caption", "center", "dd", "details", "dialog",
            "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5",
            "h6", "header", "hr", "html", "legend", "li", "main", "menu", "nav", "ol", "option", "p", "pre",
            "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul", "br", "button",
            "label", "select", "textarea");

    /** Elements whose content is never text a reader sees. */
    private static final Set<String> SKIPPED_TAGS = Set.of(
            "script", "style", "template", "head", "svg", "math", "iframe", "object", "embed",
            "canvas", "audio", "video", "map", "input", "img", "picture", "source", "track", "link", "meta", "rt", "rp");

    /** Runs of white space, including no-break and other Unicode spaces (a reader sees a space). */
    private static final Pattern WHITE_SPACE = Pattern.compile("[\\s\\u00A0\\u2000-\\u200A\\u202F\\u205F\\u3000]+");
    /** Unicode spaces other than the ASCII ones, kept one for one inside {@code <pre>}. */
    private static final Pattern WIDE_SPACE = Pattern.compile("[\\u00A0\\u2000-\\u200A\\u202F\\u205F\\u3000]");

    /**
     * Tag path depth kept per block; deeper ancestors are elided. Deep enough for the whole path of real pages
     * (their article containers are often more than ten levels down), so that paths share their prefixes.
     */
    private static final int MAX_PATH_ELEMENTS = 32;

    /**
     * Words of text a {@code <noscript>} must hold to be read: below it, its content is what a browser running
     * scripts ignores ("enable JavaScript", tracking pixels); at or above it, it is the page's text for readers
     * without scripts, as on blogs whose posts are otherwise rendered from a script template.
     */
    static final int NOSCRIPT_TEXT_WORDS = 40;

    private static final Pattern NOSCRIPT_END = Pattern.compile("(?i)</noscript");

    /** Separator between blocks in the parsed text. */
    static final String BLOCK_SEPARATOR = "\n\n";

    /** Parses an HTML document or fragment; never throws for any string. */
    public ParsedDocument parse(String html) {
        Document document = Parser.htmlParser().setTrackPosition(true).parseInput(html, "");
        Collector collector = new Collector(html);
        NodeTraversor.traverse(collector, document);
        collector.flush();
        String title = document.title().strip();
        return new ParsedDocument(collector.text.toString(), collector.blocks,
                title.isEmpty() ? Optional.empty() : Optional.of(title));
    }

    /** Walks the DOM once, cutting text into blocks at block-level element boundaries. */
    private static final class Collector implements NodeVisitor {
        private final List<Block> blocks = new ArrayList<>();
        private final StringBuilder text = new StringBuilder();
        private final Deque<String> path = new ArrayDeque<>();
        /** Depth of {@link #path} at each open block-level element, innermost last. */
        private final Deque<Integer> blockDepths = new ArrayDeque<>();
        private final StringBuilder pending = new StringBuilder();
        private int pendingLinkChars;
        private int pendingSourceStart = -1;
        private int pendingSourceEnd = -1;
        private String pendingPath = "";
        private int skipDepth;
        private int linkDepth;
        private int preDepth;
        private final String source;
        /**
         * Source position up to which text is hidden: the end of a short {@code <noscript>}'s content. A parser
         * that does not run scripts nests everything after an unclosed tag inside a noscript under it, so what
         * comes after the noscript's end tag in the source is read as usual.
         */
        private int hiddenUntil = -1;
        /** Source position up to which a long {@code <noscript>}'s content is read, noscripts inside it too. */
        private int readUntil = -1;

        Collector(String source) {
            this.source = source;
        }

        @Override
        public void head(Node node, int depth) {
            if (node instanceof Element element) {
                String tag = element.normalName();
                if (skipDepth > 0 || SKIPPED_TAGS.contains(tag)) {
                    skipDepth++;
                    return;
                }
                if (tag.equals("noscript") && !hideShortNoscript(element)) {
                    skipDepth++;
                    return;
                }
                if (BLOCK_TAGS.contains(tag)) {
                    flush();
                }
                path.addLast(hidden(element) ? "" : describe(element));
                if (BLOCK_TAGS.contains(tag)) {
                    blockDepths.addLast(path.size());
                }
                if (tag.equals("a")) {
                    linkDepth++;
                }
                if (tag.equals("pre")) {
                    preDepth++;
                }
            } else if (node instanceof TextNode textNode && skipDepth == 0) {
                append(textNode);
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (!(node instanceof Element element)) {
                return;
            }
            if (skipDepth > 0) {
                skipDepth--;
                return;
            }
            String tag = element.normalName();
            if (BLOCK_TAGS.contains(tag)) {
                flush();
                blockDepths.pollLast();
            }
            path.pollLast();
            if (tag.equals("a")) {
                linkDepth--;
            }
            if (tag.equals("pre")) {
                preDepth--;
            }
        }

        /**
         * For a {@code <noscript>} whose content is shorter than {@value #NOSCRIPT_TEXT_WORDS} words, hides the
         * text up to its end tag in the source and returns true; returns true without hiding anything for a
         * longer one; false (skip it whole) when the parser kept no source positions or the noscript is never
         * closed.
         */
        private boolean hideShortNoscript(Element noscript) {
            var range = noscript.sourceRange();
            if (!range.isTracked()) {
                return false;
            }
            int contentStart = range.endPos();
            // a noscript inside one already judged shares its end tag: judging it again would read the rest of
            // the source once per nested noscript
            if (contentStart < hiddenUntil || contentStart < readUntil) {
                return true;
            }
            Matcher end = NOSCRIPT_END.matcher(source);
            if (!end.find(contentStart)) {
                return false;
            }
            int contentEnd = end.start();
            String content = Parser.parseBodyFragment(source.substring(contentStart, contentEnd), "").text();
            if (content.isBlank() || content.strip().split("\\s+").length < NOSCRIPT_TEXT_WORDS) {
                hiddenUntil = contentEnd;
            } else {
                readUntil = contentEnd;
            }
            return true;
        }

        /** True for a node that starts inside a hidden noscript's content. */
        private boolean hidden(Node node) {
            var range = node.sourceRange();
            return hiddenUntil >= 0 && range.isTracked() && range.startPos() < hiddenUntil;
        }

        private void append(TextNode node) {
            if (hidden(node)) {
                return;
            }
            String raw = node.getWholeText();
            String normalised = (preDepth > 0 ? WIDE_SPACE : WHITE_SPACE).matcher(raw).replaceAll(" ");
            if (normalised.isBlank() && pending.isEmpty()) {
                return;
            }
            if (pending.isEmpty()) {
                pendingPath = pathString();
                normalised = normalised.stripLeading();
            } else if (!normalised.isEmpty() && Character.isWhitespace(normalised.charAt(0))
                    && !pending.isEmpty() && Character.isWhitespace(pending.charAt(pending.length() - 1))) {
                normalised = normalised.stripLeading();
            }
            pending.append(normalised);
            if (linkDepth > 0) {
                pendingLinkChars += normalised.strip().length();
            }
            var range = node.sourceRange();
            if (range.isTracked()) {
                if (pendingSourceStart < 0) {
                    pendingSourceStart = range.startPos();
                }
                pendingSourceEnd = Math.max(pendingSourceEnd, range.endPos());
            }
        }

        void flush() {
            String blockText = pending.toString().strip();
            if (!blockText.isEmpty()) {
                if (!text.isEmpty()) {
                    text.append(BLOCK_SEPARATOR);
                }
                int start = text.length();
                text.append(blockText);
                double linkDensity = Math.min(1.0, pendingLinkChars / (double) blockText.length());
                blocks.add(new Block(blocks.size(), BlockKind.ELEMENT, start, text.length(), blockText,
                        blocks.size(), pendingPath, linkDensity, pendingSourceStart, pendingSourceEnd));
            }
            pending.setLength(0);
            pendingLinkChars = 0;
            pendingSourceStart = -1;
            pendingSourceEnd = -1;
        }

        /**
         * The path of the innermost open block-level element (inline elements such as a link or bold text
         * inside it are not part of a block's path); walks at most {@value #MAX_PATH_ELEMENTS} entries plus the
         * inline ones.
         */
        private String pathString() {
            Deque<String> kept = new ArrayDeque<>();
            var innermostFirst = path.descendingIterator();
            int inline = path.size() - (blockDepths.isEmpty() ? path.size() : blockDepths.peekLast());
            for (int i = 0; i < inline && innermostFirst.hasNext(); i++) {
                innermostFirst.next();
            }
            while (innermostFirst.hasNext() && kept.size() < MAX_PATH_ELEMENTS) {
                String part = innermostFirst.next();
                if (!part.isEmpty() && !part.equals("#root") && !part.equals("html")) {
                    kept.addFirst(part);
                }
            }
            boolean elided = innermostFirst.hasNext() && path.size() - inline - 2 > kept.size();
            return (elided ? "…/" : "") + String.join("/", kept);
        }

        private static String describe(Element element) {
            String tag = element.normalName();
            String id = element.id();
            if (!id.isEmpty()) {
                return tag + "#" + id.toLowerCase(Locale.ROOT);
            }
            String firstClass = element.classNames().stream().findFirst().orElse("");
            return firstClass.isEmpty() ? tag : tag + "." + firstClass.toLowerCase(Locale.ROOT);
        }
    }
}
