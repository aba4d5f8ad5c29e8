package news.reliability.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import news.reliability.scoring.boilerplate.BoilerplateEvaluation;
import news.reliability.scoring.boilerplate.BoilerplateModel;
import news.reliability.scoring.boilerplate.LabeledDocument;

/** Holder of {@code ./scorer train boilerplate} (see {@link Boilerplate}); {@link TrainCommand} lists it. */
final class TrainBoilerplateCommand {

    private TrainBoilerplateCommand() {
    }

    /** {@code ./scorer train boilerplate [--out FILE] [--cv K [--cv-only]] [--set KEY=VALUE]}. */
    @Command(name = "boilerplate", mixinStandardHelpOptions = true,
            description = "Trains the boilerplate model on the fixtures (seeded: the same fixtures give the same model).")
    static final class Boilerplate implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Option(names = "--out", paramLabel = "FILE",
                description = "Model file (default: scoring/src/main/resources/models/boilerplate.model, the shipped one).")
        Path out;

        @Option(names = {"--cv", "--folds"}, paramLabel = "K", defaultValue = "0",
                description = "Leave-outlets-out cross-validation over K folds of outlets (pages of one outlet never in "
                        + "training and test at once): content blocks P, R, F1 and F1 over characters, with siblings "
                        + "and with each test page on its own (0: no).")
        int cv;

        @Option(names = "--cv-only", description = "With --cv: only cross-validate, train and write no model.")
        boolean cvOnly;

        @Option(names = "--set", paramLabel = "KEY=VALUE",
                description = "Override an option: boilerplate.{threshold, smoothing, pastes, containerVote, mainBoost, "
                        + "captionPenalty, hintPenalty, linkPenalty, outerPenalty, phrasePenalty} or ml.tree.{algorithm, "
                        + "trees, maxDepth, maxNodes, nodeSize, shrinkage, subsample, seed, classWeights, mtry}; repeatable.")
        Map<String, String> set = new LinkedHashMap<>();

        @Override
        public Integer call() throws IOException {
            PrintWriter stdout = spec.commandLine().getOut();
            List<LabeledDocument> documents = FixtureDocuments.boilerplate();
            Properties properties = BoilerplateModel.Options.defaults().toProperties();
            set.forEach(properties::setProperty);
            BoilerplateModel.Options options;
            try {
                options = BoilerplateModel.Options.of(properties);
            } catch (IllegalArgumentException e) {
                throw new ScorerCommand.UsageException("--set: " + e.getMessage());
            }
            if (cv == 1 || cv < 0) {
                throw new ScorerCommand.UsageException("--cv needs at least 2 folds (or 0)");
            }
            if (cv > 1) {
                var r = BoilerplateEvaluation.crossValidate(documents, options, cv);
                stdout.println(cvLine(cv, true, r.withSiblings()));
                stdout.println(cvLine(cv, false, r.alone()));
                if (cvOnly) {
                    stdout.flush();
                    return 0;
                }
            }
            BoilerplateModel model = BoilerplateModel.fit(documents, options);
            Path file = out != null ? out
                    : Home.dir().resolve("scoring/src/main/resources/models/boilerplate.model");
            model.save(file);
            stdout.printf("trained boilerplate model %s on %d fixture pages -> %s%n", model.version(),
                    documents.size(), file);
            stdout.flush();
            return 0;
        }

        static String cvLine(int folds, boolean siblings, BoilerplateEvaluation.Result r) {
            return String.format(Locale.ROOT, "cv %d folds of outlets, %s: content blocks P %.3f R %.3f F1 %.4f; "
                            + "text F1 %.4f; kind accuracy %.3f", folds, siblings ? "with siblings" : "pages alone",
                    r.precision(), r.recall(), r.f1(), r.textF1(), r.kindAccuracy());
        }
    }
}
