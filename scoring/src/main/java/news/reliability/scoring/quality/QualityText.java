package news.reliability.scoring.quality;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import news.reliability.core.model.Block;
import news.reliability.core.model.Claim;
import news.reliability.core.model.Sentence;
import news.reliability.core.parse.ParsedDocument;
import news.reliability.core.parse.TextParser;
import news.reliability.core.read.ReadArticle;
import news.reliability.core.text.Token;
import news.reliability.core.text.Tokenizer;

/**
 * An article's main text as the quality step sees it: lines, paragraphs, sentences and words with offsets into
 * the article's text, which characters are inside quotation marks, which sentences carry a checkable fact, and
 * how many claims and entity mentions {@code core} found.
 *
 * <p>Immutable once built; built in time linear in the text's length. Never throws on the text's content.
 */
public final class QualityText {

    /** A span of the article's text. */
    public record Span(int start, int end, String text) {
    }

    private static final Tokenizer TOKENIZER = new Tokenizer();

    private final String text;
    private final String title;
    private final List<Span> lines;
    private final List<Span> paragraphs;
    private final List<Span> sentences;
    private final List<Token> words;
    private final List<String> lowerWords;
    private final int[] sentenceFirstWord;
    private final int[] sentenceEndWord;
    private final boolean[] sentenceHasFact;
    private final BitSet quoted;
    private final int claims;
    private final int entityMentions;
    /** Whitespace-separated pieces of the main text, those with a letter, '#' characters, ellipses. */
    private int pieces;
    private int letterPieces;
    private int hashes;
    private int ellipses;

    private QualityText(String text, String title, List<Block> main, List<Span> sentences, List<Span> factSpans,
                        int claims, int entityMentions) {
        this.text = text;
        this.title = title;
        this.claims = claims;
        this.entityMentions = entityMentions;
        List<Span> lineList = new ArrayList<>();
        List<Span> paragraphList = new ArrayList<>();
        int paragraphStart = -1;
        int paragraphEnd = -1;
        int paragraphIndex = -1;
        for (Block block : main) {
            int start = Math.min(block.start(), text.length());
            int end = Math.min(Math.max(start, block.end()), text.length());
            lineList.add(new Span(start, end, text.substring(start, end)));
            if (block.paragraph() != paragraphIndex && paragraphStart >= 0) {
                paragraphList.add(new Span(paragraphStart, paragraphEnd, text.substring(paragraphStart, paragraphEnd)));
                paragraphStart = -1;
            }
            if (paragraphStart < 0) {
                paragraphStart = start;
            }
            paragraphEnd = Math.max(paragraphEnd, end);
            paragraphIndex = block.paragraph();
        }
        if (paragraphStart >= 0) {
            paragraphList.add(new Span(paragraphStart, paragraphEnd, text.substring(paragraphStart, paragraphEnd)));
        }
        this.lines = List.copyOf(lineList);
        this.paragraphs = List.copyOf(paragraphList);
        this.sentences = sentences.isEmpty() ? fallbackSentences(text, lineList) : List.copyOf(sentences);
        List<Token> tokenList = new ArrayList<>();
        this.quoted = new BitSet(text.length());
        for (Span line : lineList) {
            for (Token token : TOKENIZER.tokenize(text, line.start(), line.end())) {
                if (isWord(token.text())) {
                    tokenList.add(token);
                }
            }
            markQuotes(text, line.start(), line.end(), quoted);
            countPieces(text, line.start(), line.end());
        }
        this.words = List.copyOf(tokenList);
        this.lowerWords = tokenList.stream().map(t -> t.text().toLowerCase(Locale.ROOT).replace('’', '\'')).toList();
        int n = this.sentences.size();
        this.sentenceFirstWord = new int[n];
        this.sentenceEndWord = new int[n];
        this.sentenceHasFact = new boolean[n];
        for (int s = 0; s < n; s++) {
            Span sentence = this.sentences.get(s);
            sentenceFirstWord[s] = firstWordAtOrAfter(sentence.start());
            sentenceEndWord[s] = Math.max(sentenceFirstWord[s], firstWordAtOrAfter(sentence.end()));
            sentenceHasFact[s] = hasDigit(sentence.text()) || overlapsAny(sentence, factSpans);
        }
    }

    /**
     * The quality view of an article read by {@code core}.
     *
     * @param read the article as read
     * @param main the blocks of its main text
     */
    public static QualityText of(ReadArticle read, List<Block> main) {
        Objects.requireNonNull(read, "read");
        String text = read.document().text();
        List<Span> facts = new ArrayList<>();
        for (Claim claim : read.claims()) {
            facts.add(new Span(claim.start(), claim.end(), ""));
        }
        read.entities().mentions().forEach(m -> facts.add(new Span(m.start(), m.end(), "")));
        facts.sort(java.util.Comparator.comparingInt(Span::start));
        List<Span> sentences = read.sentences().stream()
                .map((Sentence s) -> new Span(s.start(), s.end(), text.substring(
                        Math.min(s.start(), text.length()), Math.min(s.end(), text.length()))))
                .toList();
        String title = read.article().title().or(read.document()::title).orElse("");
        return new QualityText(text, title, main, sentences, facts, read.claims().size(),
                read.entities().mentions().size());
    }

    /** A plain text with no title, no claims and no entities, all of it main text: for tests and tools. */
    public static QualityText of(String text) {
        ParsedDocument document = new TextParser().parse(text);
        return new QualityText(text, "", document.blocks(), List.of(), List.of(), 0, 0);
    }

    public String text() {
        return text;
    }

    /** The article's title, or empty. */
    public String title() {
        return title;
    }

    public List<Span> lines() {
        return lines;
    }

    public List<Span> paragraphs() {
        return paragraphs;
    }

    public List<Span> sentences() {
        return sentences;
    }

    /** Word tokens (containing a letter or digit) of the main text, in order. */
    public List<Token> words() {
        return words;
    }

    /** The words lower-cased, with typographic apostrophes made plain. */
    public List<String> lowerWords() {
        return lowerWords;
    }

    /** Index of the first word of sentence {@code s}. */
    public int firstWord(int s) {
        return sentenceFirstWord[s];
    }

    /** Index after the last word of sentence {@code s}. */
    public int endWord(int s) {
        return sentenceEndWord[s];
    }

    /** Whether sentence {@code s} has a number, a claim or a named entity. */
    public boolean hasFact(int s) {
        return sentenceHasFact[s];
    }

    /** Whether the character at {@code offset} is inside quotation marks. */
    public boolean quoted(int offset) {
        return quoted.get(offset);
    }

    /** Number of quoted characters. */
    public int quotedChars() {
        return quoted.cardinality();
    }

    public int claims() {
        return claims;
    }

    public int entityMentions() {
        return entityMentions;
    }

    /** Whitespace-separated pieces of the main text (Gopher's "words"). */
    public int pieces() {
        return pieces;
    }

    /** Pieces with at least one letter. */
    public int letterPieces() {
        return letterPieces;
    }

    /** Number of '#' characters in the main text. */
    public int hashes() {
        return hashes;
    }

    /** Number of ellipses ("..." or "…") in the main text. */
    public int ellipses() {
        return ellipses;
    }

    private void countPieces(String text, int start, int end) {
        boolean inPiece = false;
        boolean letter = false;
        int dots = 0;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                if (inPiece) {
                    pieces++;
                    letterPieces += letter ? 1 : 0;
                }
                inPiece = false;
                letter = false;
            } else {
                inPiece = true;
                letter |= Character.isLetter(c);
            }
            if (c == '#') {
                hashes++;
            }
            if (c == '…') {
                ellipses++;
            }
            dots = c == '.' ? dots + 1 : 0;
            if (dots == 3) {
                ellipses++;
                dots = 0;
            }
        }
        if (inPiece) {
            pieces++;
            letterPieces += letter ? 1 : 0;
        }
    }

    /** The sentence containing {@code offset}, if any. */
    public Optional<Integer> sentenceAt(int offset) {
        int lo = 0;
        int hi = sentences.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Span s = sentences.get(mid);
            if (offset < s.start()) {
                hi = mid - 1;
            } else if (offset >= s.end()) {
                lo = mid + 1;
            } else {
                return Optional.of(mid);
            }
        }
        return Optional.empty();
    }

    private int firstWordAtOrAfter(int offset) {
        int lo = 0;
        int hi = words.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (words.get(mid).start() < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private static boolean isWord(String token) {
        for (int i = 0; i < token.length(); i++) {
            if (Character.isLetterOrDigit(token.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isDigit(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** Facts are sorted by start; a linear scan is enough for article-sized lists. */
    private static boolean overlapsAny(Span sentence, List<Span> facts) {
        int lo = 0;
        int hi = facts.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (facts.get(mid).start() < sentence.start()) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        if (lo > 0 && facts.get(lo - 1).end() > sentence.start()) {
            return true;
        }
        return lo < facts.size() && facts.get(lo).start() < sentence.end();
    }

    /** Quotation marks pair up within one line; an unclosed quote ends with the line. */
    private static void markQuotes(String text, int start, int end, BitSet quoted) {
        int open = -1;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c == '“' || (c == '"' && open < 0)) {
                open = i;
            } else if ((c == '”' || c == '"') && open >= 0) {
                quoted.set(open, i + 1);
                open = -1;
            }
        }
        if (open >= 0) {
            quoted.set(open, end);
        }
    }

    /** Sentences by terminal punctuation, for text {@code core} did not split (not English, or a plain paste). */
    private static List<Span> fallbackSentences(String text, List<Span> lines) {
        List<Span> out = new ArrayList<>();
        for (Span line : lines) {
            int s = line.start();
            while (s < line.end() && Character.isWhitespace(text.charAt(s))) {
                s++;
            }
            for (int i = s; i < line.end(); i++) {
                char c = text.charAt(i);
                boolean terminal = c == '.' || c == '!' || c == '?' || c == '。' || c == '！' || c == '？';
                if (terminal && (i + 1 == line.end() || Character.isWhitespace(text.charAt(i + 1)))) {
                    if (i + 1 > s) {
                        out.add(new Span(s, i + 1, text.substring(s, i + 1)));
                    }
                    s = i + 1;
                    while (s < line.end() && Character.isWhitespace(text.charAt(s))) {
                        s++;
                    }
                    i = s - 1;
                }
            }
            if (s < line.end()) {
                out.add(new Span(s, line.end(), text.substring(s, line.end())));
            }
        }
        return out;
    }
}
