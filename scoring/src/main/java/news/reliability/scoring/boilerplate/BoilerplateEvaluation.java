package news.reliability.scoring.boilerplate;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

import news.reliability.core.parse.ParsedDocument;

/**
 * Cross-validation of the boilerplate classifier on labelled documents, grouped by source so that no
 * outlet's template is seen in training and testing at once.
 *
 * <p>Stateless; thread-safe.
 */
public final class BoilerplateEvaluation {

    /**
     * Block-level results, counted in blocks and in characters of block text (the latter weighs a block as
     * much as the text it holds, as snippet scoring does).
     *
     * @param truePositives  content blocks kept
     * @param falsePositives boilerplate blocks kept
     * @param falseNegatives content blocks dropped
     * @param kindsRight     dropped boilerplate blocks whose kind is right
     * @param kindsJudged    dropped boilerplate blocks
     * @param truePositiveChars  characters of the content blocks kept
     * @param falsePositiveChars characters of the boilerplate blocks kept
     * @param falseNegativeChars characters of the content blocks dropped
     */
    public record Result(int truePositives, int falsePositives, int falseNegatives, int kindsRight, int kindsJudged,
                         long truePositiveChars, long falsePositiveChars, long falseNegativeChars) {

        public static final Result ZERO = new Result(0, 0, 0, 0, 0, 0, 0, 0);

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

        /** F1 over characters: 2·TP / (2·TP + FP + FN), each counted in characters of block text. */
        public double textF1() {
            long d = 2 * truePositiveChars + falsePositiveChars + falseNegativeChars;
            return d == 0 ? 0 : 2.0 * truePositiveChars / d;
        }

        /** Share of correctly named kinds among boilerplate blocks that were dropped. */
        public double kindAccuracy() {
            return kindsJudged == 0 ? 0 : kindsRight / (double) kindsJudged;
        }

        Result plus(Result o) {
            return new Result(truePositives + o.truePositives, falsePositives + o.falsePositives,
                    falseNegatives + o.falseNegatives, kindsRight + o.kindsRight, kindsJudged + o.kindsJudged,
                    truePositiveChars + o.truePositiveChars, falsePositiveChars + o.falsePositiveChars,
                    falseNegativeChars + o.falseNegativeChars);
        }
    }

    private BoilerplateEvaluation() {
    }

    /**
     * The two results of one leave-outlets-out cross-validation.
     *
     * @param withSiblings each test page seeing the other pages of its source, as in the analysis
     * @param alone        each test page classified on its own, as in the trafilatura benchmark
     */
    public record CrossValidation(Result withSiblings, Result alone) {
    }

    /**
     * Leave-outlets-out cross-validation: trains on all sources but a fold's and tests on that fold's, for
     * {@code folds} folds of sources (sources sorted by name and dealt round-robin), so that pages of one
     * template never sit in training and test together. Each fold is trained once and its test pages scored
     * both with and without their siblings.
     */
    public static CrossValidation crossValidate(List<LabeledDocument> documents, BoilerplateModel.Options options,
                                                int folds) {
        Objects.requireNonNull(options, "options");
        if (folds < 2) {
            throw new IllegalArgumentException("need at least 2 folds");
        }
        List<String> sources = new ArrayList<>(new TreeSet<>(documents.stream().map(LabeledDocument::source).toList()));
        Result withSiblings = Result.ZERO;
        Result alone = Result.ZERO;
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
            withSiblings = withSiblings.plus(score(classifier, test, true));
            alone = alone.plus(score(classifier, test, false));
        }
        return new CrossValidation(withSiblings, alone);
    }

    /** Scores a classifier on documents, each with the others of its source as siblings or on its own. */
    private static Result score(BoilerplateClassifier classifier, List<LabeledDocument> documents, boolean siblings) {
        Result total = Result.ZERO;
        for (LabeledDocument document : documents) {
            var others = siblings ? documents.stream()
                    .filter(d -> d != document && d.source().equals(document.source()))
                    .map(LabeledDocument::document).toList() : List.<ParsedDocument>of();
            List<BlockVerdict> verdicts = classifier.classify(document.document(), others);
            int tp = 0, fp = 0, fn = 0, right = 0, judged = 0;
            long tpc = 0, fpc = 0, fnc = 0;
            for (int i = 0; i < verdicts.size(); i++) {
                BlockLabel gold = document.labels().get(i);
                BlockLabel got = verdicts.get(i).label();
                int chars = SnippetScore.normalise(document.document().blocks().get(i).text()).length();
                if (got == BlockLabel.CONTENT) {
                    if (gold == BlockLabel.CONTENT) {
                        tp++;
                        tpc += chars;
                    } else {
                        fp++;
                        fpc += chars;
                    }
                } else if (gold == BlockLabel.CONTENT) {
                    fn++;
                    fnc += chars;
                } else {
                    judged++;
                    right += got == gold ? 1 : 0;
                }
            }
            total = total.plus(new Result(tp, fp, fn, right, judged, tpc, fpc, fnc));
        }
        return total;
    }
}
