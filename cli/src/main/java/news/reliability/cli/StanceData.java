package news.reliability.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

import news.reliability.fixtures.StanceFixtures;
import news.reliability.scoring.stance.CsvFormatException;
import news.reliability.scoring.stance.FncCorpus;
import news.reliability.scoring.stance.StanceClassifier;
import news.reliability.scoring.stance.StanceLabel;
import news.reliability.scoring.stance.StancePair;

/** Shared steps of the stance commands: reading FNC-1 files, options and models, with user-facing errors. */
final class StanceData {

    private StanceData() {
    }

    static FncCorpus corpus(Path bodies, Path stances, boolean requireStance) {
        requireFile(bodies, "--bodies");
        requireFile(stances, "--stances");
        try {
            return FncCorpus.read(bodies, stances, requireStance);
        } catch (CsvFormatException e) {
            throw new ScorerCommand.UsageException(e.getMessage());
        } catch (IOException e) {
            throw new ScorerCommand.UsageException("cannot read: " + e.getMessage());
        }
    }

    /** The project's fixture pairs as labelled stance pairs. */
    static List<StancePair> fixturePairs() {
        return StanceFixtures.pairs().stream().map(p -> new StancePair(p.claim(), p.body(),
                StanceLabel.ofFncName(p.stance()).orElseThrow())).toList();
    }

    static StanceClassifier.Options options(Path file, Long seed, boolean small) {
        StanceClassifier.Options base;
        if (file == null) {
            base = small ? StanceClassifier.Options.small(seed == null ? 0 : seed)
                    : StanceClassifier.Options.standard(seed == null ? 0 : seed);
        } else {
            requireFile(file, "--options");
            Properties p = new Properties();
            try (var in = Files.newBufferedReader(file)) {
                p.load(in);
                base = StanceClassifier.Options.of(p);
            } catch (IOException | IllegalArgumentException e) {
                throw new ScorerCommand.UsageException(file + ": " + e.getMessage());
            }
        }
        if (seed != null && file != null) {
            Properties p = base.toProperties();
            p.setProperty("stance.seed", seed.toString());
            base = StanceClassifier.Options.of(p);
        }
        return base;
    }

    static StanceClassifier model(Path file) {
        requireFile(file, "--model");
        try {
            return StanceClassifier.load(file);
        } catch (IOException e) {
            throw new ScorerCommand.UsageException(file + ": " + e.getMessage());
        }
    }

    static void requireFile(Path file, String option) {
        if (file == null || !Files.isRegularFile(file)) {
            throw new ScorerCommand.UsageException(option + ": no such file: " + file);
        }
    }

    static String seconds(long nanos) {
        return String.format(Locale.ROOT, "%.1f s", nanos / 1e9);
    }
}
