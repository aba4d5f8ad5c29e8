package news.reliability.scoring.quality;

import java.util.Objects;

import news.reliability.scoring.AnalyzedArticle;

/**
 * A labelled article as the quality model is trained on it.
 *
 * @param name its name, for reports
 * @param text its main text as the quality step sees it
 * @param good the gold label
 */
public record QualityExample(String name, QualityText text, boolean good) {

    public QualityExample {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(text, "text");
    }

    /** An example from an article the pipeline has read (parse, boilerplate, core's reading). */
    public static QualityExample of(String name, AnalyzedArticle analyzed, boolean good) {
        return new QualityExample(name, QualityText.of(analyzed.read(), analyzed.main()), good);
    }
}
