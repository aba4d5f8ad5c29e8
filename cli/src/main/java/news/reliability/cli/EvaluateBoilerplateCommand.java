package news.reliability.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Holder of {@code ./scorer evaluate boilerplate} (see {@link Boilerplate}); {@link EvaluateCommand} lists it. */
final class EvaluateBoilerplateCommand {

    private EvaluateBoilerplateCommand() {
    }

    /** {@code ./scorer evaluate boilerplate [--data DIR] [--speed]}: see {@link BoilerplateBenchmark}. */
    @Command(name = "boilerplate", mixinStandardHelpOptions = true,
            description = "Runs the extraction over trafilatura's evaluation set and scores it with its with/without "
                    + "snippets (P, R, F1; whole set, dev half, held-out half, by language); --speed adds a side-by-side "
                    + "timing against Mozilla Readability on node.")
    static final class Boilerplate implements Callable<Integer> {

        @Option(names = "--data", paramLabel = "DIR",
                description = "The set's directory (evaldata.json, html/); default ../shared/data/boilerplate/trafilatura from the repo root.")
        java.nio.file.Path data;

        @Option(names = "--model", paramLabel = "FILE", description = "A boilerplate model file (default: the shipped one).")
        java.nio.file.Path model;

        @Option(names = "--errors", paramLabel = "N", defaultValue = "0",
                description = "Print the missed and wrongly kept snippets of up to N pages of the DEV half only.")
        int errors;

        @Option(names = "--speed", description = "Also time extraction and the whole per-article analysis against "
                + "Readability on node (installs it with npm into target/).")
        boolean speed;

        @Option(names = "--speed-pages", paramLabel = "N", defaultValue = "200",
                description = "Pages for the timing (the first N by file name; default 200).")
        int speedPages;

        @Option(names = "--runs", paramLabel = "R", defaultValue = "5", description = "Timed runs, median reported (default 5).")
        int runs;

        @Override
        public Integer call() throws Exception {
            java.nio.file.Path dir = data != null ? data : Home.shared("data/boilerplate/trafilatura");
            BoilerplateBenchmark benchmark = new BoilerplateBenchmark(dir, model);
            benchmark.score(System.out, errors);
            if (speed) {
                new ReadabilityComparison(benchmark, Home.dir().resolve("target/readability-bench"))
                        .run(System.out, speedPages, runs);
            }
            return 0;
        }
    }
}
