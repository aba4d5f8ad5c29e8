package news.reliability.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import news.reliability.scoring.quality.QualityEvaluation;
import news.reliability.scoring.quality.QualityExample;
import news.reliability.scoring.quality.QualityModel;

/** Holder of {@code ./scorer train quality} (see {@link Quality}); {@link TrainCommand} lists it. */
final class TrainQualityCommand {

    private TrainQualityCommand() {
    }

    /** {@code ./scorer train quality [--out FILE] [--set KEY=VALUE]}. */
    @Command(name = "quality", mixinStandardHelpOptions = true,
            description = "Trains the quality model on the fixtures (seeded: the same fixtures give the same model).")
    static final class Quality implements Callable<Integer> {

        @picocli.CommandLine.Spec
        private picocli.CommandLine.Model.CommandSpec spec;

        @Option(names = "--out", paramLabel = "FILE",
                description = "Model file (default: scoring/src/main/resources/models/quality.model, the shipped one).")
        Path out;

        @Option(names = "--set", paramLabel = "KEY=VALUE", description = "Override an option (ml.tree.*); repeatable.")
        Map<String, String> set = new java.util.LinkedHashMap<>();

        @Override
        public Integer call() throws IOException {
            Properties properties = QualityModel.Options.defaults().toProperties();
            set.forEach(properties::setProperty);
            QualityModel.Options options;
            try {
                options = QualityModel.Options.of(properties);
            } catch (IllegalArgumentException e) {
                throw new ScorerCommand.UsageException("--set: " + e.getMessage());
            }
            List<QualityExample> examples = QualityData.fixtureExamples();
            QualityModel model = QualityEvaluation.fit(examples, options);
            Path file = out != null ? out : Home.dir().resolve("scoring/src/main/resources/models/quality.model");
            model.save(file);
            long good = examples.stream().filter(QualityExample::good).count();
            spec.commandLine().getOut().printf("trained quality model %s on %d fixture articles (%d good, %d bad) -> %s%n",
                    model.version(), examples.size(), good, examples.size() - good, file);
            return 0;
        }
    }
}
