package news.reliability.scoring.quality;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import news.reliability.core.text.LanguageDetector;
import news.reliability.core.text.SentenceEnds;

/**
 * The web-text quality rules of Gopher (Rae et al. 2021), C4 (Raffel et al. 2020) and FineWeb (Penedo et al.
 * 2024) as numeric features of the main text, with their published thresholds where a rule is a bound
 * (see {@link #NAMES} for the order). Written from the papers' descriptions; the model learns how to weigh them.
 *
 * <p>Linear in the number of words (n-grams are hashed). Stateless and thread-safe.
 */
public final class RuleFeatureExtractor {

    /** Gopher: a document has between 50 and 100,000 words. */
    static final int MIN_WORDS = 50;
    static final int MAX_WORDS = 100_000;
    /** FineWeb: a line shorter than this is short. */
    static final int SHORT_LINE_CHARS = 30;
    private static final Set<String> FUNCTION_WORDS = LanguageDetector.functionWords("en");

    public static final List<String> NAMES = List.of(
            "logWords", "wordCountOutOfBounds", "meanWordLength", "hashToWord", "ellipsisToWord",
            "bulletLineShare", "ellipsisLineShare", "alphaWordShare", "gopherStopWords", "stopWordShare",
            "linePunctuationShare", "shortLineShare",
            "duplicateLineShare", "duplicateLineCharShare", "duplicateParagraphShare", "duplicateParagraphCharShare",
            "top2gramCharShare", "top3gramCharShare", "top4gramCharShare",
            "dup5gramCharShare", "dup6gramCharShare", "dup7gramCharShare", "dup8gramCharShare",
            "dup9gramCharShare", "dup10gramCharShare");

    private final QualityWords words;

    public RuleFeatureExtractor(QualityWords words) {
        this.words = java.util.Objects.requireNonNull(words, "words");
    }

    /** The features of {@code text}, in {@link #NAMES} order; all finite. */
    public double[] extract(QualityText text) {
        double[] f = new double[NAMES.size()];
        List<String> lower = text.lowerWords();
        int n = lower.size();
        f[0] = Math.log1p(n);
        f[1] = n < MIN_WORDS || n > MAX_WORDS ? 1 : 0;
        long chars = 0;
        int functionWords = 0;
        Set<String> gopher = new HashSet<>();
        for (String w : lower) {
            chars += w.length();
            if (FUNCTION_WORDS.contains(w)) {
                functionWords++;
            }
            if (words.phrases(QualityWords.Group.GOPHER_STOPWORDS).contains(w)) {
                gopher.add(w);
            }
        }
        f[2] = n == 0 ? 0 : (double) chars / n;
        int whitespaceWords = Math.max(1, text.pieces());
        f[3] = text.hashes() / (double) whitespaceWords;
        f[4] = text.ellipses() / (double) whitespaceWords;
        int lines = text.lines().size();
        int bullets = 0;
        int ellipsisLines = 0;
        int punctuated = 0;
        int shortLines = 0;
        for (QualityText.Span line : text.lines()) {
            String s = line.text().strip();
            if (!s.isEmpty() && "•-*–·▪►".indexOf(s.charAt(0)) >= 0) {
                bullets++;
            }
            if (s.endsWith("...") || s.endsWith("…")) {
                ellipsisLines++;
            }
            if (SentenceEnds.endsSentence(s)) {
                punctuated++;
            }
            if (s.length() < SHORT_LINE_CHARS) {
                shortLines++;
            }
        }
        f[5] = share(bullets, lines);
        f[6] = share(ellipsisLines, lines);
        f[7] = share(text.letterPieces(), text.pieces());
        f[8] = gopher.size();
        f[9] = share(functionWords, n);
        f[10] = share(punctuated, lines);
        f[11] = share(shortLines, lines);
        double[] dupLines = duplicates(text.lines());
        f[12] = dupLines[0];
        f[13] = dupLines[1];
        double[] dupParagraphs = duplicates(text.paragraphs());
        f[14] = dupParagraphs[0];
        f[15] = dupParagraphs[1];
        long[] hashes = new long[n];
        int[] lengths = new int[n];
        for (int i = 0; i < n; i++) {
            hashes[i] = lower.get(i).hashCode() * 0x9E3779B97F4A7C15L + lower.get(i).length();
            lengths[i] = lower.get(i).length();
        }
        for (int g = 2; g <= 4; g++) {
            f[16 + g - 2] = topNgramCharShare(hashes, lengths, g, chars);
        }
        for (int g = 5; g <= 10; g++) {
            f[19 + g - 5] = duplicatedNgramCharShare(hashes, lengths, g, chars);
        }
        return f;
    }

    /** Share of segments that repeat an earlier one, by count and by characters (Gopher). */
    private static double[] duplicates(List<QualityText.Span> spans) {
        Set<String> seen = new HashSet<>();
        int dup = 0;
        long dupChars = 0;
        long allChars = 0;
        int counted = 0;
        for (QualityText.Span span : spans) {
            String s = span.text().strip();
            if (s.isEmpty()) {
                continue;
            }
            counted++;
            allChars += s.length();
            if (!seen.add(s)) {
                dup++;
                dupChars += s.length();
            }
        }
        return new double[]{share(dup, counted), allChars == 0 ? 0 : (double) dupChars / allChars};
    }

    /** Characters of the most frequent n-gram's occurrences over all word characters (Gopher). */
    static double topNgramCharShare(long[] hashes, int[] lengths, int n, long chars) {
        if (hashes.length < n || chars == 0) {
            return 0;
        }
        LongCounter counts = new LongCounter(hashes.length);
        int bestCount = 0;
        long bestChars = 0;
        for (int i = 0; i + n <= hashes.length; i++) {
            long h = 0;
            int len = 0;
            for (int j = 0; j < n; j++) {
                h = h * 31 + hashes[i + j];
                len += lengths[i + j];
            }
            int c = counts.increment(h);
            if (c > bestCount || (c == bestCount && (long) c * len > bestChars)) {
                bestCount = c;
                bestChars = (long) c * len;
            }
        }
        return bestCount < 2 ? 0 : Math.min(1, (double) bestChars / chars);
    }

    /** Characters of words inside any n-gram that occurs more than once, over all word characters (Gopher). */
    static double duplicatedNgramCharShare(long[] hashes, int[] lengths, int n, long chars) {
        if (hashes.length < n || chars == 0) {
            return 0;
        }
        int grams = hashes.length - n + 1;
        long[] gram = new long[grams];
        LongCounter counts = new LongCounter(grams);
        for (int i = 0; i < grams; i++) {
            long h = 0;
            for (int j = 0; j < n; j++) {
                h = h * 31 + hashes[i + j];
            }
            gram[i] = h;
            counts.increment(h);
        }
        long dup = 0;
        int coveredUntil = 0;
        for (int i = 0; i < grams; i++) {
            if (counts.count(gram[i]) > 1) {
                for (int j = Math.max(i, coveredUntil); j < i + n; j++) {
                    dup += lengths[j];
                }
                coveredUntil = Math.max(coveredUntil, i + n);
            }
        }
        return (double) dup / chars;
    }

    static double share(long part, long whole) {
        return whole == 0 ? 0 : (double) part / whole;
    }
}
