package news.reliability.scoring.quality;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import news.reliability.core.text.LanguageDetector;
import news.reliability.core.text.Token;

/**
 * What the news features and the flags both need, found once per article: repeated sentences, marker phrases
 * outside quotes, broken collocations, rhetorical questions, and the most repeated content word.
 *
 * <p>Immutable once built.
 */
final class QualitySignals {

    private static final Set<String> FUNCTION_WORDS = LanguageDetector.functionWords("en");
    /** Shortest word that counts as a content word for keyword stuffing. */
    private static final int MIN_CONTENT_WORD = 3;

    /** A marker phrase found outside quotes: its group, first word index, length in words, sentence. */
    record Marker(QualityWords.Group group, int word, int length, int sentence) {
    }

    final QualityText text;
    final List<DuplicateSentenceFinder.Group> duplicates;
    /** Collocations with a spinner's synonym in a slot, quoted or not (speakers do not talk like spinners). */
    final List<BrokenCollocationFinder.Hit> brokenCollocations;
    final Map<QualityWords.Group, List<Marker>> markers = new EnumMap<>(QualityWords.Group.class);
    /** Sentences ending in a question mark outside quotes. */
    final List<Integer> questions = new ArrayList<>();
    final List<Integer> exclamations = new ArrayList<>();
    /** Questions that head a question-and-answer explainer: a line of their own, or answered right after. */
    final java.util.Set<Integer> questionHeadings = new java.util.HashSet<>();
    final String topContentWord;
    final int topContentWordCount;
    final int contentWords;
    final int titleClickbait;

    QualitySignals(QualityText text, QualityWords words, DuplicateSentenceFinder finder,
                   BrokenCollocationFinder collocations) {
        this.text = text;
        this.duplicates = finder.find(text);
        this.brokenCollocations = collocations.find(text);
        List<String> lower = text.lowerWords();
        List<Token> tokens = text.words();
        var all = words.matchAll(lower);
        for (QualityWords.Group group : QualityWords.Group.values()) {
            List<Marker> found = new ArrayList<>();
            if (group != QualityWords.Group.GOPHER_STOPWORDS) {
                for (int[] m : all.get(group)) {
                    int offset = tokens.get(m[0]).start();
                    if (!text.quoted(offset)) {
                        found.add(new Marker(group, m[0], m[1], text.sentenceAt(offset).orElse(-1)));
                    }
                }
            }
            markers.put(group, found);
        }
        for (int s = 0; s < text.sentences().size(); s++) {
            String sentence = text.sentences().get(s).text().strip();
            if (sentence.isEmpty() || text.quoted(text.sentences().get(s).start())) {
                continue;
            }
            char last = sentence.charAt(sentence.length() - 1);
            if (last == '?' && !text.quoted(text.sentences().get(s).end() - 1)) {
                if (isWholeLine(text, text.sentences().get(s)) || answeredLeadIn(text, s)) {
                    questionHeadings.add(s);
                } else {
                    questions.add(s);
                }
            } else if (last == '!' && !text.quoted(text.sentences().get(s).end() - 1)) {
                exclamations.add(s);
            }
        }
        Map<String, Integer> counts = new HashMap<>();
        int content = 0;
        for (String w : lower) {
            if (w.length() >= MIN_CONTENT_WORD && !FUNCTION_WORDS.contains(w) && Character.isLetter(w.charAt(0))) {
                counts.merge(w, 1, Integer::sum);
                content++;
            }
        }
        String top = "";
        int topCount = 0;
        for (var e : counts.entrySet()) {
            if (e.getValue() > topCount || (e.getValue() == topCount && e.getKey().compareTo(top) < 0)) {
                top = e.getKey();
                topCount = e.getValue();
            }
        }
        this.topContentWord = top;
        this.topContentWordCount = topCount;
        this.contentWords = content;
        List<String> titleWords = List.of(text.title().toLowerCase(java.util.Locale.ROOT).replace('’', '\'')
                .split("[^\\p{L}\\p{N}'-]+"));
        this.titleClickbait = words.matches(QualityWords.Group.CLICKBAIT, titleWords).size();
    }

    /**
     * A question that opens its line and is answered by the next sentence of the same line ("Why? The supplier
     * went bust.") leads into an explainer's answer; it is not rhetoric.
     */
    private static boolean answeredLeadIn(QualityText text, int s) {
        QualityText.Span sentence = text.sentences().get(s);
        QualityText.Span line = lineOf(text, sentence);
        if (line == null || s + 1 >= text.sentences().size()
                || !text.text().substring(line.start(), sentence.start()).isBlank()) {
            return false;
        }
        QualityText.Span next = text.sentences().get(s + 1);
        return next.end() <= line.end() && !next.text().strip().endsWith("?");
    }

    /** A question that is a line of its own is a heading of a question-and-answer explainer, not rhetoric. */
    private static boolean isWholeLine(QualityText text, QualityText.Span sentence) {
        QualityText.Span line = lineOf(text, sentence);
        return line != null && line.text().strip().equals(sentence.text().strip());
    }

    private static QualityText.Span lineOf(QualityText text, QualityText.Span sentence) {
        List<QualityText.Span> lines = text.lines();
        int lo = 0;
        int hi = lines.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            QualityText.Span line = lines.get(mid);
            if (sentence.start() < line.start()) {
                hi = mid - 1;
            } else if (sentence.start() >= line.end()) {
                lo = mid + 1;
            } else {
                return line;
            }
        }
        return null;
    }

    List<Marker> markers(QualityWords.Group group) {
        return markers.get(group);
    }

    /** Occurrences per 100 words. */
    double per100(int count) {
        return text.words().isEmpty() ? 0 : 100.0 * count / text.words().size();
    }
}
