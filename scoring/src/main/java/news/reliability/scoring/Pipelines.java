package news.reliability.scoring;

import news.reliability.core.parse.ArticleParser;
import news.reliability.core.read.ArticleReader;
import news.reliability.core.story.StoryGrouper;
import news.reliability.scoring.boilerplate.BoilerplateClassifier;
import news.reliability.scoring.quality.QualityScorer;
import news.reliability.scoring.reliability.SourceReliability;
import news.reliability.scoring.stance.ClaimGroupStance;
import news.reliability.scoring.stance.StanceClassifier;

/** Named, ready-to-use analysis pipelines. */
public final class Pipelines {

    /** Probability of "disagree" the stance classifier needs before a valueless claim counts as a conflict. */
    static final double MIN_DISAGREE = 0.7;

    private Pipelines() {
    }

    /** The default pipeline for news articles, with the project's default models. */
    public static Analyzer news() {
        return new Analyzer(new ArticleParser(), BoilerplateClassifier.standard(), new ArticleReader(),
                new SourceReliability(SourceReliability.Options.defaults()), StoryGrouper.Options.defaults(),
                new ClaimGroupStance(StanceClassifier.fixtureDefault()::predict, MIN_DISAGREE), QualityScorer.standard());
    }

    /** The default pipeline without the quality step: what the quality model is trained on. */
    public static Analyzer newsWithoutQuality() {
        return new Analyzer(new ArticleParser(), BoilerplateClassifier.standard(), new ArticleReader(),
                new SourceReliability(SourceReliability.Options.defaults()), StoryGrouper.Options.defaults(),
                new ClaimGroupStance(StanceClassifier.fixtureDefault()::predict, MIN_DISAGREE));
    }
}
