package news.reliability.scoring.quality;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns an article's quality signals into flagged spans, each with a reason naming the measured value:
 * every copy of a repeated sentence; first person or opinion outside quotes; clickbait phrases, calls to share
 * and rhetorical questions; filler phrases and long runs of sentences without any checkable fact; wording of
 * automatic rewording (a spinner's word flags its sentence; a collocation broken by a synonym flags the words
 * themselves, "'press discharge' where news writes 'press release'"); the sentences stuffed with one keyword; text
 * that is barely language.
 *
 * <p>Stateless and thread-safe. Flags are in text order, at most {@link #MAX_FLAGS}; a span gets at most one flag
 * per kind, and apart from broken collocations every flag spans a whole sentence or a run of them.
 */
public final class QualityFlagger {

    /** A run of this many sentences without a number, claim or named entity is flagged as filler. */
    static final int FACT_FREE_RUN = 5;
    /** Keyword stuffing: the top content word is at least this share of content words... */
    static final double STUFFING_SHARE = 0.10;
    /** ...and occurs at least this often. */
    static final int STUFFING_COUNT = 8;
    /** Rhetorical questions are flagged when an article asks at least this many outside quotes. */
    static final int QUESTIONS = 2;
    /** Text whose words contain letters less than this share of the time is flagged as "other". */
    static final double MIN_ALPHA_SHARE = 0.5;
    /** Most flags an article gets (the first in text order): beyond this, more spans inform nobody. */
    static final int MAX_FLAGS = 1_000;
    /** Longest quoted word or phrase in a reason; longer ones are cut with an ellipsis. */
    private static final int MAX_QUOTED = 40;

    List<QualityFlag> flags(QualitySignals signals) {
        QualityText text = signals.text;
        Map<String, QualityFlag> flags = new LinkedHashMap<>();
        for (DuplicateSentenceFinder.Group group : signals.duplicates) {
            String reason = group.exact()
                    ? "sentence repeated " + group.sentences().size() + " times"
                    : String.format(Locale.ROOT, "sentence repeated %d times (near-duplicates, similarity %.2f)",
                            group.sentences().size(), group.similarity());
            for (int s : group.sentences()) {
                add(flags, sentenceFlag(text, s, FlagKind.REPETITION, reason));
            }
        }
        var firstPerson = signals.markers(QualityWords.Group.FIRST_PERSON);
        var opinion = signals.markers(QualityWords.Group.OPINION);
        long firstPersonSentences = firstPerson.stream().mapToInt(QualitySignals.Marker::sentence).distinct().count();
        for (var m : opinion) {
            add(flags, markerFlag(text, m, FlagKind.OPINION, "opinion marker '%s' outside quotes (%d such markers)"
                    .formatted(phrase(text, m), opinion.size())));
        }
        for (var m : firstPerson) {
            if (m.sentence() >= 0 && text.sentences().get(m.sentence()).text().strip().endsWith("?")) {
                continue; // the reader's voice ("Is my home affected?"), not the writer's
            }
            add(flags, markerFlag(text, m, FlagKind.OPINION, "first person '%s' outside quotes (%d sentences)"
                    .formatted(phrase(text, m), firstPersonSentences)));
        }
        for (var m : signals.markers(QualityWords.Group.CLICKBAIT)) {
            add(flags, markerFlag(text, m, FlagKind.CLICKBAIT, "clickbait phrase '%s'".formatted(phrase(text, m))));
        }
        for (var m : signals.markers(QualityWords.Group.CALL_TO_ACTION)) {
            add(flags, markerFlag(text, m, FlagKind.CLICKBAIT, "call to share or comment '%s'"
                    .formatted(phrase(text, m))));
        }
        if (signals.questions.size() >= QUESTIONS) {
            for (int s : signals.questions) {
                add(flags, sentenceFlag(text, s, FlagKind.CLICKBAIT, "rhetorical question (%d questions outside quotes)"
                        .formatted(signals.questions.size())));
            }
        }
        for (var m : signals.markers(QualityWords.Group.FILLER)) {
            if (m.sentence() >= 0 && !text.hasFact(m.sentence())) {
                add(flags, markerFlag(text, m, FlagKind.FILLER, "filler phrase '%s' in a sentence without a checkable fact"
                        .formatted(phrase(text, m))));
            }
        }
        factFreeRuns(signals, flags);
        var spunWords = signals.markers(QualityWords.Group.SPUN_WORD);
        for (var m : spunWords) {
            add(flags, markerFlag(text, m, FlagKind.SPUN, "unusual wording '%s', typical of automatic rewording (%d in the text)"
                    .formatted(phrase(text, m), spunWords.size())));
        }
        for (var hit : signals.brokenCollocations) {
            int start = text.words().get(hit.firstWord()).start();
            int end = text.words().get(hit.endWord() - 1).end();
            add(flags, span(text, start, end, FlagKind.SPUN, "'%s' where news writes '%s'"
                    .formatted(shorten(text.text().substring(start, end)), hit.collocation())));
        }
        stuffing(signals, flags);
        barelyLanguage(text, flags);
        List<QualityFlag> out = new ArrayList<>(flags.values());
        out.sort(Comparator.comparingInt(QualityFlag::start).thenComparingInt(QualityFlag::end)
                .thenComparing(f -> f.kind().ordinal()));
        return out.size() > MAX_FLAGS ? List.copyOf(out.subList(0, MAX_FLAGS)) : out;
    }

    /** Runs of sentences without facts; a question-and-answer heading ends a run (each answer is judged alone). */
    private static void factFreeRuns(QualitySignals signals, Map<String, QualityFlag> flags) {
        QualityText text = signals.text;
        int runStart = -1;
        int n = text.sentences().size();
        for (int s = 0; s <= n; s++) {
            boolean factFree = s < n && !text.hasFact(s) && text.endWord(s) > text.firstWord(s)
                    && !signals.questionHeadings.contains(s);
            if (factFree && runStart < 0) {
                runStart = s;
            } else if (!factFree && runStart >= 0) {
                int length = s - runStart;
                if (length >= FACT_FREE_RUN) {
                    var first = text.sentences().get(runStart);
                    var last = text.sentences().get(s - 1);
                    add(flags, span(text, first.start(), last.end(), FlagKind.FILLER,
                            length + " sentences in a row without a number, claim or named entity"));
                }
                runStart = -1;
            }
        }
    }

    private static void stuffing(QualitySignals signals, Map<String, QualityFlag> flags) {
        double share = RuleFeatureExtractor.share(signals.topContentWordCount, signals.contentWords);
        if (share < STUFFING_SHARE || signals.topContentWordCount < STUFFING_COUNT) {
            return;
        }
        QualityText text = signals.text;
        String reason = String.format(Locale.ROOT, "keyword '%s' is %.0f%% of the content words (%d times)",
                shorten(signals.topContentWord), 100 * share, signals.topContentWordCount);
        for (int s = 0; s < text.sentences().size(); s++) {
            long uses = text.lowerWords().subList(text.firstWord(s), text.endWord(s)).stream()
                    .filter(signals.topContentWord::equals).count();
            if (uses >= 2) {
                add(flags, sentenceFlag(text, s, FlagKind.STUFFING, reason));
            }
        }
    }

    private static void barelyLanguage(QualityText text, Map<String, QualityFlag> flags) {
        if (text.lines().isEmpty() || text.pieces() == 0 && text.text().isBlank()) {
            return;
        }
        double share = RuleFeatureExtractor.share(text.letterPieces(), text.pieces());
        if (share < MIN_ALPHA_SHARE) {
            int start = text.lines().getFirst().start();
            int end = text.lines().getLast().end();
            add(flags, span(text, start, end, FlagKind.OTHER, String.format(Locale.ROOT,
                    "only %.0f%% of the words contain a letter", 100 * share)));
        }
    }

    private static String phrase(QualityText text, QualitySignals.Marker m) {
        var words = text.words();
        int start = words.get(m.word()).start();
        int end = words.get(m.word() + m.length() - 1).end();
        return shorten(text.text().substring(start, end));
    }

    private static String shorten(String quoted) {
        return quoted.length() <= MAX_QUOTED ? quoted : quoted.substring(0, MAX_QUOTED - 1) + "…";
    }

    /** The marker's sentence, or the marker itself when it lies outside every sentence. */
    private static QualityFlag markerFlag(QualityText text, QualitySignals.Marker m, FlagKind kind, String reason) {
        if (m.sentence() >= 0) {
            return sentenceFlag(text, m.sentence(), kind, reason);
        }
        var words = text.words();
        return span(text, words.get(m.word()).start(), words.get(m.word() + m.length() - 1).end(), kind, reason);
    }

    private static QualityFlag sentenceFlag(QualityText text, int s, FlagKind kind, String reason) {
        var sentence = text.sentences().get(s);
        return span(text, sentence.start(), sentence.end(), kind, reason);
    }

    private static QualityFlag span(QualityText text, int start, int end, FlagKind kind, String reason) {
        int s = Math.max(0, Math.min(start, text.text().length()));
        int e = Math.max(s, Math.min(end, text.text().length()));
        return new QualityFlag(kind, s, e, text.text().substring(s, e), reason);
    }

    /** One flag per kind and span: the first reason found wins. */
    private static void add(Map<String, QualityFlag> flags, QualityFlag flag) {
        flags.putIfAbsent(flag.kind() + ":" + flag.start() + ":" + flag.end(), flag);
    }
}
