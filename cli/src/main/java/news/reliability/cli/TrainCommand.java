package news.reliability.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import news.reliability.scoring.stance.StanceClassifier;
import news.reliability.scoring.stance.StancePair;

/** {@code ./scorer train ...}: trains a model. */
@Command(name = "train", mixinStandardHelpOptions = true, description = "Trains a model.",
        subcommands = {TrainBoilerplateCommand.Boilerplate.class, TrainQualityCommand.Quality.class, TrainCommand.Stance.class})
final class TrainCommand implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new ScorerCommand.UsageException("name the model to train: " + spec.subcommands().keySet());
    }

    /**
     * {@code ./scorer train stance --bodies B.csv --stances S.csv --model M}, or {@code --fixtures} for the
     * project's own pairs (how the default model is made).
     */
    @Command(name = "stance", mixinStandardHelpOptions = true,
            description = "Trains the stance classifier on FNC-1 CSV files or on the project's fixtures.")
    static final class Stance implements Callable<Integer> {

        @Option(names = "--bodies", paramLabel = "B.csv", description = "FNC-1 bodies: Body ID,articleBody.")
        Path bodies;

        @Option(names = "--stances", paramLabel = "S.csv", description = "FNC-1 stances: Headline,Body ID,Stance.")
        Path stances;

        @Option(names = "--fixtures", description = "Train on the project's fixture pairs instead of CSV files.")
        boolean fixtures;

        @Option(names = "--model", required = true, paramLabel = "M", description = "Where to write the model.")
        Path model;

        @Option(names = "--options", paramLabel = "FILE", description = "Hyperparameters (stance.* properties).")
        Path options;

        @Option(names = "--seed", description = "Random seed (default 0).")
        Long seed;

        @CommandLine.Spec
        private CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            if (fixtures == (bodies != null || stances != null)) {
                throw new ScorerCommand.UsageException("give either --bodies and --stances, or --fixtures");
            }
            List<StancePair> pairs = fixtures ? StanceData.fixturePairs()
                    : StanceData.corpus(bodies, stances, true).pairs();
            StanceClassifier.Options o = StanceData.options(options, seed, fixtures);
            long start = System.nanoTime();
            StanceClassifier classifier = StanceClassifier.fit(pairs, o);
            long trained = System.nanoTime() - start;
            Path parent = model.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            classifier.save(model);
            spec.commandLine().getOut().println("trained on " + pairs.size() + " pairs in "
                    + StanceData.seconds(trained) + "; model written to " + model);
            return 0;
        }
    }
}
