package news.reliability.scoring.quality;

import java.util.List;
import java.util.Objects;

import news.reliability.core.model.Block;
import news.reliability.core.read.ReadArticle;

/**
 * The quality step: features of an article's main text ({@link QualityFeatures}), the model's score
 * ({@link QualityModel}) and the flagged spans ({@link QualityFlagger}).
 *
 * <p>Thread-safe. Never throws on the text's content. Inputs are not modified.
 */
public final class QualityScorer {

    private final QualityModel model;
    private final QualityFeatures features;
    private final QualityFlagger flagger = new QualityFlagger();

    public QualityScorer(QualityModel model, QualityWords words) {
        this.model = Objects.requireNonNull(model, "model");
        this.features = new QualityFeatures(words);
    }

    /** The shipped model with the project's word lists. */
    public static QualityScorer standard() {
        return new QualityScorer(QualityModel.standard(), QualityWords.standard());
    }

    /** The model's version, for the report's {@code modelVersions.quality}. */
    public String version() {
        return model.version();
    }

    /** Scores and flags an article read by {@code core}, given the blocks of its main text. */
    public QualityAssessment assess(ReadArticle read, List<Block> main) {
        return assess(QualityText.of(read, main));
    }

    /** Scores and flags a prepared text. */
    public QualityAssessment assess(QualityText text) {
        QualityFeatures.Extraction extraction = features.extract(text);
        return new QualityAssessment(model.score(extraction.features()), flagger.flags(extraction.signals()));
    }
}
