package news.reliability.scoring.boilerplate;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

/**
 * Cross-validation of the boilerplate classifier on labelled documents, grouped by source so that no
 * outlet's template is seen in training and testing at once.
 *
 * <p>Stateless; thread-safe.
 */
public final class BoilerplateEvaluation {

    /**
     * Block-level results.
     *
     * @param truePositives  content blocks kept
     * @param falsePositives boilerplate blocks kept
     * @param falseNegatives content blocks dropped
     * @param kindsRight     dropped boilerplate blocks whose kind is right
     * @param kindsJudged    dropped boilerplate blocks
     */
    public record Result(int truePositives, int falsePositives, int falseNegatives, int kindsRight, int kindsJudged) {

        public double precision() {
            return truePositives + falsePositives == 0 ? 0 : truePositives / (double) (truePositives + falsePositives);
        }

        public double recall() {
            return truePositives + falseNegatives == 0 ? 0 : truePositives / (double) (truePositives + falseNegatives);
        }

        public double f1() {
            int d = 2 * truePositives + falsePositives + falseNegatives;
            return d == 0 ? 0 : 2.0 * truePositives / d;
        }

        /** Share of correctly named kinds among boilerplate blocks that were dropped. */
        public double kindAccuracy() {
            return kindsJudged == 0 ? 0 : kindsRight / (double) kindsJudged;
        }

        Result plus(Result o) {
            return new Result(truePositives + o.truePositives, falsePositives + o.falsePositives,
                    falseNegatives + o.falseNegatives, kindsRight + o.kindsRight, kindsJudged + o.kindsJudged);
        }
    }

    private BoilerplateEvaluation() {
    }

    /**
     * Trains on all sources but a fold's and tests on that fold's, for {@code folds} folds of sources (sources
     * sorted by name and dealt round-robin). Test pages see their siblings, as in the analysis.
     */
    public static Result crossValidate(List<LabeledDocument> documents, BoilerplateModel.Options options, int folds) {
        Objects.requireNonNull(options, "options");
        if (folds < 2) {
            throw new IllegalArgumentException("need at least 2 folds");
        }
        List<String> sources = new ArrayList<>(new TreeSet<>(documents.stream().map(LabeledDocument::source).toList()));
        Result total = new Result(0, 0, 0, 0, 0);
        for (int fold = 0; fold < folds; fold++) {
            List<String> held = new ArrayList<>();
            for (int i = fold; i < sources.size(); i += folds) {
                held.add(sources.get(i));
            }
            List<LabeledDocument> train = documents.stream().filter(d -> !held.contains(d.source())).toList();
            List<LabeledDocument> test = documents.stream().filter(d -> held.contains(d.source())).toList();
            if (test.isEmpty() || train.isEmpty()) {
                continue;
            }
            BoilerplateClassifier classifier = new BoilerplateClassifier(BoilerplateModel.fit(train, options),
                    WordLists.standard());
            total = total.plus(score(classifier, test));
        }
        return total;
    }

    /** Scores a classifier on documents; each sees the others of its source as siblings. */
    public static Result score(BoilerplateClassifier classifier, List<LabeledDocument> documents) {
        Result total = new Result(0, 0, 0, 0, 0);
        for (LabeledDocument document : documents) {
            var siblings = documents.stream()
                    .filter(d -> d != document && d.source().equals(document.source()))
                    .map(LabeledDocument::document).toList();
            List<BlockVerdict> verdicts = classifier.classify(document.document(), siblings);
            int tp = 0, fp = 0, fn = 0, right = 0, judged = 0;
            for (int i = 0; i < verdicts.size(); i++) {
                BlockLabel gold = document.labels().get(i);
                BlockLabel got = verdicts.get(i).label();
                if (got == BlockLabel.CONTENT) {
                    if (gold == BlockLabel.CONTENT) {
                        tp++;
                    } else {
                        fp++;
                    }
                } else if (gold == BlockLabel.CONTENT) {
                    fn++;
                } else {
                    judged++;
                    right += got == gold ? 1 : 0;
                }
            }
            total = total.plus(new Result(tp, fp, fn, right, judged));
        }
        return total;
    }
}
