package news.reliability.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import news.reliability.scoring.boilerplate.BoilerplateEvaluation;
import news.reliability.scoring.boilerplate.BoilerplateModel;
import news.reliability.scoring.boilerplate.LabeledDocument;

/** Holder of {@code ./scorer train boilerplate} (see {@link Boilerplate}); {@link TrainCommand} lists it. */
final class TrainBoilerplateCommand {

    private TrainBoilerplateCommand() {
    }

    /** {@code ./scorer train boilerplate [--out FILE] [--folds K]}. */
    @Command(name = "boilerplate", mixinStandardHelpOptions = true,
            description = "Trains the boilerplate model on the fixtures (seeded: the same fixtures give the same model).")
    static final class Boilerplate implements Callable<Integer> {

        @Option(names = "--out", paramLabel = "FILE",
                description = "Model file (default: scoring/src/main/resources/models/boilerplate.model, the shipped one).")
        Path out;

        @Option(names = "--folds", paramLabel = "K", defaultValue = "0",
                description = "Also cross-validate over K folds of outlets first (0: no).")
        int folds;

        @Option(names = "--set", paramLabel = "KEY=VALUE",
                description = "Override an option (boilerplate.threshold, boilerplate.smoothing, boilerplate.containerVote, "
                        + "boilerplate.pastes, ml.tree.*); repeatable.")
        java.util.Map<String, String> set = new java.util.LinkedHashMap<>();

        @Override
        public Integer call() throws IOException {
            List<LabeledDocument> documents = FixtureDocuments.boilerplate();
            java.util.Properties properties = BoilerplateModel.Options.defaults().toProperties();
            set.forEach(properties::setProperty);
            BoilerplateModel.Options options;
            try {
                options = BoilerplateModel.Options.of(properties);
            } catch (IllegalArgumentException e) {
                throw new ScorerCommand.UsageException("--set: " + e.getMessage());
            }
            if (folds > 1) {
                var r = BoilerplateEvaluation.crossValidate(documents, options, folds);
                System.out.printf(Locale.ROOT, "cross-validation over %d folds of outlets: content blocks P %.3f R %.3f F1 %.3f; kind accuracy %.3f%n",
                        folds, r.precision(), r.recall(), r.f1(), r.kindAccuracy());
            }
            BoilerplateModel model = BoilerplateModel.fit(documents, options);
            Path file = out != null ? out
                    : Home.dir().resolve("scoring/src/main/resources/models/boilerplate.model");
            model.save(file);
            System.out.printf("trained boilerplate model %s on %d fixture pages -> %s%n", model.version(),
                    documents.size(), file);
            return 0;
        }
    }
}
