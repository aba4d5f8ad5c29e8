package news.reliability.scoring.quality;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import news.reliability.core.text.LanguageDetector;
import news.reliability.core.text.Token;

/**
 * What news needs beyond the web-text rules (see {@link #NAMES} for the order): repeated sentences,
 * information density (claims, entity mentions and numbers per 100 words, sentences without any), first person
 * and opinion outside quotes, hedging, attribution, rhetorical questions, clickbait and calls to share, filler
 * and slogans, keyword stuffing, automatic rewording (spinners' words, and collocations broken by a synonym,
 * found by {@link BrokenCollocationFinder}).
 *
 * <p>Stateless and thread-safe.
 */
public final class NewsFeatureExtractor {

    /** A sentence of at most this many words is short (slogans are). */
    static final int SHORT_SENTENCE_WORDS = 8;
    /** Type-token ratio is measured on this many words at most, so that length does not drive it. */
    private static final int TTR_WINDOW = 400;
    private static final Set<String> FUNCTION_WORDS = LanguageDetector.functionWords("en");

    public static final List<String> NAMES = List.of(
            "duplicateSentenceShare", "nearDuplicateSentenceShare", "maxSentenceCopies",
            "claimsPer100", "entitiesPer100", "numbersPer100", "factFreeSentenceShare", "longestFactFreeRun",
            "firstPersonPer100", "opinionPer100", "hedgePer100", "attributionPer100",
            "questionShare", "exclamationShare", "clickbaitPer100", "titleClickbait", "callToActionPer100",
            "capsWordShare", "fillerPer100", "shortSentenceShare", "sloganShare", "meanSentenceWords",
            "topContentWordShare", "topContentBigramShare", "typeTokenRatio", "spunWordPer100", "quotedCharShare",
            "brokenCollocationPer100");

    /** The features in {@link #NAMES} order; all finite. */
    double[] extract(QualitySignals signals) {
        QualityText text = signals.text;
        double[] f = new double[NAMES.size()];
        int sentences = text.sentences().size();
        int exactCopies = 0;
        int nearCopies = 0;
        int maxCopies = 1;
        for (DuplicateSentenceFinder.Group g : signals.duplicates) {
            if (g.exact()) {
                exactCopies += g.sentences().size() - 1;
            } else {
                nearCopies += g.sentences().size() - 1;
            }
            maxCopies = Math.max(maxCopies, g.sentences().size());
        }
        f[0] = RuleFeatureExtractor.share(exactCopies, sentences);
        f[1] = RuleFeatureExtractor.share(nearCopies, sentences);
        f[2] = maxCopies;
        f[3] = signals.per100(text.claims());
        f[4] = signals.per100(text.entityMentions());
        int numbers = 0;
        for (Token t : text.words()) {
            if (Character.isDigit(t.text().charAt(0))) {
                numbers++;
            }
        }
        f[5] = signals.per100(numbers);
        int factFree = 0;
        int run = 0;
        int longest = 0;
        int shortSentences = 0;
        int slogans = 0;
        for (int s = 0; s < sentences; s++) {
            int words = text.endWord(s) - text.firstWord(s);
            if (words == 0) {
                continue;
            }
            boolean fact = text.hasFact(s);
            factFree += fact ? 0 : 1;
            run = fact ? 0 : run + 1;
            longest = Math.max(longest, run);
            if (words <= SHORT_SENTENCE_WORDS) {
                shortSentences++;
                if (!fact) {
                    slogans++;
                }
            }
        }
        f[6] = RuleFeatureExtractor.share(factFree, sentences);
        f[7] = longest;
        f[8] = signals.per100(signals.markers(QualityWords.Group.FIRST_PERSON).size());
        f[9] = signals.per100(signals.markers(QualityWords.Group.OPINION).size());
        f[10] = signals.per100(signals.markers(QualityWords.Group.HEDGE).size());
        f[11] = signals.per100(signals.markers(QualityWords.Group.ATTRIBUTION).size());
        f[12] = RuleFeatureExtractor.share(signals.questions.size(), sentences);
        f[13] = RuleFeatureExtractor.share(signals.exclamations.size(), sentences);
        f[14] = signals.per100(signals.markers(QualityWords.Group.CLICKBAIT).size());
        f[15] = signals.titleClickbait;
        f[16] = signals.per100(signals.markers(QualityWords.Group.CALL_TO_ACTION).size());
        int caps = 0;
        for (Token t : text.words()) {
            if (t.text().length() >= 3 && isAllCaps(t.text())) {
                caps++;
            }
        }
        f[17] = RuleFeatureExtractor.share(caps, text.words().size());
        f[18] = signals.per100(signals.markers(QualityWords.Group.FILLER).size());
        f[19] = RuleFeatureExtractor.share(shortSentences, sentences);
        f[20] = RuleFeatureExtractor.share(slogans, sentences);
        f[21] = sentences == 0 ? 0 : (double) text.words().size() / sentences;
        f[22] = RuleFeatureExtractor.share(signals.topContentWordCount, signals.contentWords);
        f[23] = topContentBigramShare(text.lowerWords(), signals.contentWords);
        List<String> window = text.lowerWords().subList(0, Math.min(TTR_WINDOW, text.lowerWords().size()));
        f[24] = window.isEmpty() ? 0 : (double) new HashSet<>(window).size() / window.size();
        f[25] = signals.per100(signals.markers(QualityWords.Group.SPUN_WORD).size());
        f[26] = RuleFeatureExtractor.share(text.quotedChars(), text.text().length());
        f[27] = signals.per100(signals.brokenCollocations.size());
        return f;
    }

    /** Occurrences of the most frequent pair of adjacent content words, over all content words. */
    private static double topContentBigramShare(List<String> words, int contentWords) {
        LongCounter counts = new LongCounter(words.size());
        int best = 0;
        for (int i = 0; i + 1 < words.size(); i++) {
            String a = words.get(i);
            String b = words.get(i + 1);
            if (!FUNCTION_WORDS.contains(a) && !FUNCTION_WORDS.contains(b) && a.length() > 2 && b.length() > 2) {
                best = Math.max(best, counts.increment(((long) a.hashCode() << 32) ^ (b.hashCode() & 0xffffffffL)));
            }
        }
        return best < 2 ? 0 : RuleFeatureExtractor.share(2L * best, contentWords);
    }

    private static boolean isAllCaps(String word) {
        boolean letter = false;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            letter |= Character.isUpperCase(c);
        }
        return letter;
    }
}
