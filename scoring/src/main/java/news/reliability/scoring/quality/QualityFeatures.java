package news.reliability.scoring.quality;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * All features of an article's quality: the web-text rules ({@link RuleFeatureExtractor}) then the news
 * features ({@link NewsFeatureExtractor}), with the signals the flags are made from.
 *
 * <p>Stateless and thread-safe.
 */
public final class QualityFeatures {

    private static final List<String> NAMES;

    static {
        List<String> names = new ArrayList<>(RuleFeatureExtractor.NAMES);
        names.addAll(NewsFeatureExtractor.NAMES);
        NAMES = List.copyOf(names);
    }

    private final RuleFeatureExtractor rules;
    private final NewsFeatureExtractor news = new NewsFeatureExtractor();
    private final DuplicateSentenceFinder duplicates = new DuplicateSentenceFinder();
    private final BrokenCollocationFinder collocations = new BrokenCollocationFinder(CollocationTable.standard());
    private final QualityWords words;

    public QualityFeatures(QualityWords words) {
        this.words = Objects.requireNonNull(words, "words");
        this.rules = new RuleFeatureExtractor(words);
    }

    /** Feature names, in column order. */
    public static List<String> names() {
        return NAMES;
    }

    /** The features of {@code text} in {@link #names()} order, and the signals behind them. */
    Extraction extract(QualityText text) {
        QualitySignals signals = new QualitySignals(text, words, duplicates, collocations);
        double[] r = rules.extract(text);
        double[] n = news.extract(signals);
        double[] all = new double[r.length + n.length];
        System.arraycopy(r, 0, all, 0, r.length);
        System.arraycopy(n, 0, all, r.length, n.length);
        for (int i = 0; i < all.length; i++) {
            if (!Double.isFinite(all[i])) {
                all[i] = 0;
            }
        }
        return new Extraction(all, signals);
    }

    /** The feature vector of {@code text}, in {@link #names()} order. */
    public double[] vector(QualityText text) {
        return extract(text).features();
    }

    record Extraction(double[] features, QualitySignals signals) {
    }
}
