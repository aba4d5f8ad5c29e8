package news.reliability.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import news.reliability.scoring.stance.BodySplit;
import news.reliability.scoring.stance.CsvFormatException;
import news.reliability.scoring.stance.FncCorpus;
import news.reliability.scoring.stance.FncScore;
import news.reliability.scoring.stance.Stance;
import news.reliability.scoring.stance.StanceClassifier;
import news.reliability.scoring.stance.StanceLabel;
import news.reliability.scoring.stance.StancePair;

/** Holder of {@code ./scorer evaluate stance} (see {@link Stance}); {@link EvaluateCommand} lists it. */
final class EvaluateStanceCommand {

    private EvaluateStanceCommand() {
    }

    /**
     * {@code ./scorer evaluate stance}: with {@code --predictions}, scores a predictions file against the gold
     * stances; with {@code --fixtures}, cross-validates on the project's fixture pairs; otherwise splits the
     * bodies (seeded) into training, validation and hold-out, trains on the first, tunes the decision on the
     * second and reports on the third.
     */
    @Command(name = "stance", mixinStandardHelpOptions = true,
            description = "FNC-1 score, accuracy, per-class and macro F1 and the confusion matrix.")
    static final class Stance implements Callable<Integer> {

        private static final double[] THRESHOLDS = {0.2, 0.3, 0.4, 0.5, 0.6, 0.7};
        private static final double[] AGREE_WEIGHTS = {0.8, 1.0, 1.25, 1.5, 2.0};
        private static final double[] DISAGREE_WEIGHTS = {1, 1.5, 2, 3, 4, 6, 8, 12, 16};

        @Option(names = "--bodies", paramLabel = "B.csv", description = "FNC-1 bodies.")
        Path bodies;

        @Option(names = "--stances", paramLabel = "S.csv", description = "FNC-1 gold stances.")
        Path stances;

        @Option(names = "--predictions", paramLabel = "P.csv",
                description = "Score these predictions (Headline,Body ID,Stance, rows in the order of --stances).")
        Path predictions;

        @Option(names = "--fixtures", description = "Cross-validate on the project's fixture pairs.")
        boolean fixtures;

        @Option(names = "--folds", defaultValue = "5", description = "Folds of --fixtures (default ${DEFAULT-VALUE}).")
        int folds;

        @Option(names = "--holdout-fraction", defaultValue = "0.2",
                description = "Share of bodies held out for the report (default ${DEFAULT-VALUE}).")
        double holdoutFraction;

        @Option(names = "--validation-fraction", defaultValue = "0.1",
                description = "Share of bodies for tuning the decision (default ${DEFAULT-VALUE}; 0 for none).")
        double validationFraction;

        @Option(names = "--max-bodies", description = "Use only this many bodies (seeded pick), for quick runs.")
        Integer maxBodies;

        @Option(names = "--seed", defaultValue = "0", description = "Seed of the split and the model (default 0).")
        long seed;

        @Option(names = "--options", paramLabel = "FILE", description = "Hyperparameters (stance.* properties).")
        Path options;

        @Option(names = "--importance", description = "Also print the features by importance.")
        boolean importance;

        @CommandLine.Spec
        private CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            PrintWriter out = spec.commandLine().getOut();
            try {
                if (fixtures) {
                    return crossValidateFixtures(out);
                }
                FncCorpus gold = StanceData.corpus(bodies, stances, true);
                return predictions != null ? scorePredictions(gold, out) : holdout(gold, out);
            } finally {
                out.flush();
            }
        }

        private int scorePredictions(FncCorpus gold, PrintWriter out) throws IOException {
            StanceData.requireFile(predictions, "--predictions");
            List<FncCorpus.Row> predicted;
            try {
                predicted = FncCorpus.readStances(predictions, gold.bodies(), true);
            } catch (CsvFormatException e) {
                throw new ScorerCommand.UsageException(e.getMessage());
            }
            if (predicted.size() != gold.rows().size()) {
                throw new ScorerCommand.UsageException(predictions + ": " + predicted.size() + " predictions for "
                        + gold.rows().size() + " gold rows");
            }
            for (int i = 0; i < predicted.size(); i++) {
                FncCorpus.Row p = predicted.get(i);
                FncCorpus.Row g = gold.rows().get(i);
                if (p.bodyId() != g.bodyId() || !p.headline().equals(g.headline())) {
                    throw new ScorerCommand.UsageException(predictions + ":" + p.line() + ": row does not match "
                            + stances + ":" + g.line() + " (same headline and body id expected, in the same order)");
                }
            }
            FncScore score = FncScore.of(gold.rows().stream().map(r -> r.stance().orElseThrow()).toList(),
                    predicted.stream().map(r -> r.stance().orElseThrow()).toList());
            out.print(score.report());
            return 0;
        }

        private int holdout(FncCorpus gold, PrintWriter out) {
            StanceClassifier.Options o = StanceData.options(options, seed, false);
            List<Integer> ids = new ArrayList<>(gold.bodies().keySet());
            if (maxBodies != null) {
                if (maxBodies < 3) {
                    throw new ScorerCommand.UsageException("--max-bodies must be at least 3");
                }
                java.util.Collections.shuffle(ids, new Random(seed ^ 0x5EED));
                ids = ids.subList(0, Math.min(maxBodies, ids.size()));
            }
            BodySplit split;
            try {
                split = BodySplit.of(ids, validationFraction, holdoutFraction, seed);
            } catch (IllegalArgumentException e) {
                throw new ScorerCommand.UsageException(e.getMessage());
            }
            List<FncCorpus.Row> trainRows = rows(gold, split.train());
            List<FncCorpus.Row> validationRows = rows(gold, split.validation());
            List<FncCorpus.Row> holdoutRows = rows(gold, split.holdout());
            out.printf(Locale.ROOT, "split by body (seed %d): train %d bodies / %d pairs, validation %d / %d,"
                            + " hold-out %d / %d%n", seed, split.train().size(), trainRows.size(),
                    split.validation().size(), validationRows.size(), split.holdout().size(), holdoutRows.size());
            long start = System.nanoTime();
            StanceClassifier model = StanceClassifier.fit(gold.pairs(trainRows), o);
            out.println("trained in " + StanceData.seconds(System.nanoTime() - start));
            if (!validationRows.isEmpty()) {
                List<double[]> probabilities = model.predictAll(gold.pairs(validationRows)).stream()
                        .map(news.reliability.scoring.stance.Stance::probabilities).toList();
                List<StanceLabel> validationGold = labels(validationRows);
                double best = -1;
                double[] chosen = {o.relatedThreshold(), o.agreeWeight(), o.disagreeWeight()};
                for (double t : THRESHOLDS) {
                    for (double a : AGREE_WEIGHTS) {
                        for (double d : DISAGREE_WEIGHTS) {
                            FncScore s = FncScore.of(validationGold, probabilities.stream()
                                    .map(p -> StanceClassifier.decide(p, t, a, d)).toList());
                            double objective = s.relative() / 100 + s.macroF1();
                            if (objective > best + 1e-12) {
                                best = objective;
                                chosen = new double[] {t, a, d};
                            }
                        }
                    }
                }
                FncScore before = FncScore.of(validationGold, probabilities.stream().map(p ->
                        StanceClassifier.decide(p, o.relatedThreshold(), o.agreeWeight(), o.disagreeWeight())).toList());
                model = model.withDecision(chosen[0], chosen[1], chosen[2]);
                out.printf(Locale.ROOT, "validation, default decision: FNC %.2f %%, macro-F1 %.4f%n",
                        before.relative(), before.macroF1());
                out.printf(Locale.ROOT, "decision tuned on validation: relatedThreshold=%s agreeWeight=%s"
                        + " disagreeWeight=%s (validation FNC + macro-F1 = %.4f)%n", chosen[0], chosen[1], chosen[2], best);
            }
            start = System.nanoTime();
            List<news.reliability.scoring.stance.Stance> predicted = model.predictAll(gold.pairs(holdoutRows));
            long predictedIn = System.nanoTime() - start;
            out.println("predicted " + predicted.size() + " hold-out pairs in " + StanceData.seconds(predictedIn));
            FncScore score = FncScore.of(labels(holdoutRows),
                    predicted.stream().map(news.reliability.scoring.stance.Stance::label).toList());
            out.println("hold-out (bodies never seen in training or tuning):");
            out.print(score.report());
            if (importance) {
                printImportance(model, out);
            }
            return 0;
        }

        private int crossValidateFixtures(PrintWriter out) {
            List<StancePair> pairs = StanceData.fixturePairs();
            StanceClassifier.Options o = StanceData.options(options, seed, true);
            if (folds < 2) {
                throw new ScorerCommand.UsageException("--folds must be at least 2");
            }
            // folds group pairs by body (that is, by story), so no body is seen in training and testing
            java.util.Map<String, Integer> foldOfBody = new java.util.LinkedHashMap<>();
            pairs.forEach(p -> foldOfBody.computeIfAbsent(p.body(), b -> foldOfBody.size() % folds));
            if (foldOfBody.size() < folds) {
                throw new ScorerCommand.UsageException("--folds must not exceed the " + foldOfBody.size() + " stories");
            }
            StanceLabel[] predicted = new StanceLabel[pairs.size()];
            for (int fold = 0; fold < folds; fold++) {
                int current = fold;
                List<StancePair> train = pairs.stream().filter(p -> foldOfBody.get(p.body()) != current).toList();
                int[] test = IntStream.range(0, pairs.size())
                        .filter(i -> foldOfBody.get(pairs.get(i).body()) == current).toArray();
                StanceClassifier model = StanceClassifier.fit(train, o);
                List<news.reliability.scoring.stance.Stance> stances =
                        model.predictAll(IntStream.of(test).mapToObj(pairs::get).toList());
                for (int i = 0; i < test.length; i++) {
                    predicted[test[i]] = stances.get(i).label();
                }
            }
            FncScore score = FncScore.of(pairs.stream().map(StancePair::label).toList(), Arrays.asList(predicted));
            out.printf(Locale.ROOT, "%d-fold cross-validation grouped by story (model seed %d) on %d fixture pairs:%n", folds, seed,
                    pairs.size());
            out.print(score.report());
            return 0;
        }

        private static void printImportance(StanceClassifier model, PrintWriter out) {
            List<String> names = model.featureNames();
            double[][] importance = model.importance();
            String[] stages = {"related/unrelated", "agree/disagree/discuss"};
            for (int s = 0; s < 2; s++) {
                double[] values = importance[s];
                out.println("feature importance, " + stages[s] + ":");
                IntStream.range(0, names.size()).boxed()
                        .sorted(Comparator.comparingDouble((Integer i) -> values[i]).reversed()).limit(25)
                        .forEach(i -> out.printf(Locale.ROOT, "  %-28s %.2f%n", names.get(i), values[i]));
            }
        }

        private static List<FncCorpus.Row> rows(FncCorpus corpus, Set<Integer> bodyIds) {
            Set<Integer> ids = new TreeSet<>(bodyIds);
            return corpus.rows().stream().filter(r -> ids.contains(r.bodyId())).toList();
        }

        private static List<StanceLabel> labels(List<FncCorpus.Row> rows) {
            return rows.stream().map(r -> r.stance().orElseThrow()).toList();
        }
    }
}
