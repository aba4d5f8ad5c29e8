package news.reliability.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import news.reliability.scoring.stance.FncCorpus;
import news.reliability.scoring.stance.Stance;
import news.reliability.scoring.stance.StanceClassifier;

/** {@code ./scorer stance --model M --bodies B.csv --stances S.csv --out P.csv}: predicts FNC-1 stances. */
@Command(name = "stance", mixinStandardHelpOptions = true,
        description = "Predicts the stance of each (headline, body) pair; writes Headline,Body ID,Stance.")
final class StanceCommand implements Callable<Integer> {

    @Option(names = "--model", required = true, paramLabel = "M", description = "A model from 'train stance'.")
    Path model;

    @Option(names = "--bodies", required = true, paramLabel = "B.csv", description = "FNC-1 bodies.")
    Path bodies;

    @Option(names = "--stances", required = true, paramLabel = "S.csv",
            description = "FNC-1 stances: Headline,Body ID (a Stance column is ignored).")
    Path stances;

    @Option(names = "--out", required = true, paramLabel = "P.csv", description = "Where to write the predictions.")
    Path out;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        StanceClassifier classifier = StanceData.model(model);
        FncCorpus corpus = StanceData.corpus(bodies, stances, false);
        long start = System.nanoTime();
        List<Stance> predicted = classifier.predictAll(corpus.pairs(corpus.rows()));
        long elapsed = System.nanoTime() - start;
        FncCorpus.writePredictions(out, corpus.rows(), predicted.stream().map(Stance::label).toList());
        spec.commandLine().getOut().println("predicted " + predicted.size() + " pairs in "
                + StanceData.seconds(elapsed) + "; written to " + out);
        return 0;
    }
}
