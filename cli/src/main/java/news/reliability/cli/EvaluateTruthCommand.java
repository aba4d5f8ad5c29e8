package news.reliability.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Predicate;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import news.reliability.scoring.truth.MajorityVoting;
import news.reliability.scoring.truth.PooledInvestment;
import news.reliability.scoring.truth.SourceTrust;
import news.reliability.scoring.truth.SyntheticClaims;
import news.reliability.scoring.truth.TruthBenchmarks;
import news.reliability.scoring.truth.TruthDiscovery;
import news.reliability.scoring.truth.TruthEngine;
import news.reliability.scoring.truth.TruthFinder;
import news.reliability.scoring.truth.TruthResult;
import news.reliability.scoring.truth.ValueSimilarity;

/**
 * {@code ./scorer evaluate truth --set book|population|synthetic|scale [--data DIR]}: truth-discovery
 * benchmarks. {@code book} and {@code population} read the public sets (default
 * {@code ../shared/data/truth/<set>} beside the scorer's home, else {@code shared/data/truth/<set>} in the
 * nearest ancestor folder that has it, for worktrees one level deeper) and print the engine, voting and TruthFinder
 * side by side; {@code synthetic} does the same on seeded data with known truth (where the engine's settings
 * were checked); {@code scale} times the engine on 1,000,000 synthetic claims from 10,000 sources.
 */
@Command(name = "truth", mixinStandardHelpOptions = true,
        description = "Truth discovery: engine, voting and TruthFinder on Book, Population or synthetic data; or the scale test.")
final class EvaluateTruthCommand implements Callable<Integer> {

    @Option(names = "--set", required = true, paramLabel = "SET", description = "book, population, synthetic or scale.")
    String set;

    @Option(names = "--data", paramLabel = "DIR",
            description = "The set's folder (default: ../shared/data/truth/<set> beside the scorer's home).")
    Path data;

    @Option(names = "--claims", defaultValue = "1000000", description = "scale: number of claims. Default: ${DEFAULT-VALUE}.")
    int claims;

    @Option(names = "--sources", defaultValue = "10000", description = "scale: number of sources. Default: ${DEFAULT-VALUE}.")
    int sources;

    @Option(names = "--runs", defaultValue = "3", description = "scale: timed runs (the median is reported). Default: ${DEFAULT-VALUE}.")
    int runs;

    @Option(names = "--ceiling", description = "book and population: also print diagnostics with trust fitted to "
            + "the gold answers (in-sample, and from the other half), which bound what one trust per source can do.")
    boolean ceiling;

    @Option(names = "--seed", defaultValue = "1", description = "synthetic and scale: the first seed. Default: ${DEFAULT-VALUE}.")
    long seed;

    private static final java.lang.management.ThreadMXBean THREADS =
            java.lang.management.ManagementFactory.getThreadMXBean();

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        switch (set) {
            case "book" -> benchmark(out, TruthBenchmarks.book(folder("book")), "precision");
            case "population" -> benchmark(out, TruthBenchmarks.population(folder("population")), "accuracy");
            case "synthetic" -> synthetic(out);
            case "scale" -> scale(out);
            default -> throw new ScorerCommand.UsageException("--set must be book, population, synthetic or scale: " + set);
        }
        out.flush();
        return 0;
    }

    private Path folder(String name) {
        Path home = Path.of(System.getProperty("scorer.home", ".")).toAbsolutePath().normalize();
        Path folder = data != null ? data : home.resolve("../shared/data/truth").resolve(name).normalize();
        for (Path up = home.getParent(); data == null && !Files.isDirectory(folder) && up != null; up = up.getParent()) {
            folder = up.resolve("shared/data/truth").resolve(name);
        }
        if (!Files.isDirectory(folder)) {
            throw new ScorerCommand.UsageException("the " + name + " data set is missing: no folder " + folder
                    + " (give its folder with --data DIR; see ../shared/data/README.md)");
        }
        return folder;
    }

    private static List<TruthDiscovery> methods() {
        return List.of(new MajorityVoting(), new TruthFinder(TruthFinder.Options.defaults()),
                new PooledInvestment(PooledInvestment.Options.defaults()),
                new TruthEngine(TruthEngine.Options.defaults().withoutActivityPrior()),
                new TruthEngine(TruthEngine.Options.defaults().withoutCopyDetection()),
                new TruthEngine(TruthEngine.Options.defaults().withPairwiseCopying()),
                new TruthEngine(TruthEngine.Options.defaults()));
    }

    private static String label(TruthDiscovery method) {
        if (method instanceof TruthEngine engine) {
            if (engine.options().detectCopying()) {
                return "engine (pairwise copying)";
            }
            if (!engine.options().copyingFromAny()) {
                return "engine (no copy detection)";
            }
            if (!engine.options().activityPrior()) {
                return "engine (fixed prior)";
            }
        }
        return method.name();
    }

    private void benchmark(PrintWriter out, TruthBenchmarks.Dataset dataset, String metric) {
        out.printf(Locale.ROOT, "truth discovery on %s: %,d claims, %,d gold objects%n", dataset.name(),
                dataset.claims().size(), dataset.gold().size());
        out.printf(Locale.ROOT, "%-28s %6s %10s %10s %13s %13s %11s %8s%n", "method", "right", "evaluated", metric,
                "development", "held-out", "iterations", "seconds");
        TruthResult engine = null;
        for (TruthDiscovery method : methods()) {
            long start = System.nanoTime();
            TruthResult result = method.resolve(dataset.claims(), dataset.similarity());
            if (method instanceof TruthEngine e && e.options().equals(TruthEngine.Options.defaults())) {
                engine = result;
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            TruthBenchmarks.Score score = TruthBenchmarks.score(dataset, result);
            TruthBenchmarks.Score development = TruthBenchmarks.score(dataset, result, TruthBenchmarks::development);
            TruthBenchmarks.Score heldOut = TruthBenchmarks.score(dataset, result, o -> !TruthBenchmarks.development(o));
            out.printf(Locale.ROOT, "%-28s %6d %10d %10.3f %5.3f %3d/%-3d %5.3f %3d/%-3d %11d %8.1f%n", label(method),
                    score.right(), score.evaluated(), score.rate(), development.rate(), development.right(),
                    development.evaluated(), heldOut.rate(), heldOut.right(), heldOut.evaluated(), result.iterations(),
                    seconds);
        }
        out.printf(Locale.ROOT, "development: gold objects whose id has an even CRC-32 (the half whose errors may be "
                + "looked at); held-out: the others%n");
        if (ceiling) {
            ceiling(out, dataset, engine);
        }
    }

    /**
     * Diagnostics, not methods: the engine's trusts fitted to gold answers, then a weighted vote
     * ({@link TruthBenchmarks#goldFittedVote}): in-sample on each half (an optimistic bound for any method that
     * weighs each source by one trust), and each half decided with the other half's answers known.
     */
    private static void ceiling(PrintWriter out, TruthBenchmarks.Dataset dataset, TruthResult engine) {
        Predicate<String> dev = TruthBenchmarks::development;
        Predicate<String> held = o -> !TruthBenchmarks.development(o);
        int n = TruthEngine.Options.defaults().falseValues();
        TruthBenchmarks.Score devIn = TruthBenchmarks.goldFittedVote(dataset, engine, dev, dev, n);
        TruthBenchmarks.Score heldIn = TruthBenchmarks.goldFittedVote(dataset, engine, held, held, n);
        TruthBenchmarks.Score devCross = TruthBenchmarks.goldFittedVote(dataset, engine, held, dev, n);
        TruthBenchmarks.Score heldCross = TruthBenchmarks.goldFittedVote(dataset, engine, dev, held, n);
        out.printf(Locale.ROOT, "diagnostics (not methods; trust fitted to gold answers, Beta prior of strength 2 around "
                + "the engine's trust, then a weighted vote):%n");
        row(out, "trust fitted in-sample", devIn, heldIn);
        row(out, "trust fitted on other half", devCross, heldCross);
    }

    private static void row(PrintWriter out, String label, TruthBenchmarks.Score dev, TruthBenchmarks.Score held) {
        int right = dev.right() + held.right();
        int evaluated = dev.evaluated() + held.evaluated();
        out.printf(Locale.ROOT, "%-28s %6d %10d %10.3f %5.3f %3d/%-3d %5.3f %3d/%-3d%n", label, right, evaluated,
                evaluated == 0 ? 0 : (double) right / evaluated, dev.rate(), dev.right(), dev.evaluated(),
                held.rate(), held.right(), held.evaluated());
    }

    /** Three seeds of mixed synthetic data: value accuracy and mean absolute error of the trust estimates. */
    private void synthetic(PrintWriter out) {
        out.printf(Locale.ROOT, "truth discovery on synthetic data: 300 sources, 3,000 objects, 15,000 claims, "
                + "accuracies 0.3-0.95, a fifth copy at rate 0.8; seeds %d-%d%n", seed, seed + 2);
        out.printf(Locale.ROOT, "%-28s %10s %10s%n", "method", "accuracy", "trust MAE");
        List<TruthDiscovery> methods = methods();
        double[] accuracy = new double[methods.size()];
        double[] error = new double[methods.size()];
        for (long s = seed; s < seed + 3; s++) {
            SyntheticClaims.Data generated = SyntheticClaims.generate(SyntheticClaims.Options.mixed(300, 3_000, 15_000, s));
            for (int m = 0; m < methods.size(); m++) {
                TruthResult result = methods.get(m).resolve(generated.claims(), ValueSimilarity.text());
                accuracy[m] += SyntheticClaims.accuracy(result, generated.truth()) / 3;
                double sum = 0;
                for (SourceTrust trust : result.sources()) {
                    sum += Math.abs(trust.trust() - generated.accuracy().get(trust.source()));
                }
                error[m] += sum / result.sources().size() / 3;
            }
        }
        for (int m = 0; m < methods.size(); m++) {
            out.printf(Locale.ROOT, "%-28s %10.4f %10.4f%n", label(methods.get(m)), accuracy[m], error[m]);
        }
    }

    private void scale(PrintWriter out) {
        if (claims < 1 || sources < 1 || runs < 1) {
            throw new ScorerCommand.UsageException("--claims, --sources and --runs must be positive");
        }
        int objects = Math.max(1, claims / 10);
        long start = System.nanoTime();
        SyntheticClaims.Data generated = SyntheticClaims.generate(
                SyntheticClaims.Options.mixed(sources, objects, claims, seed));
        out.printf(Locale.ROOT, "scale: %,d claims from %,d sources on %,d objects (seed %d), generated in %.1f s; "
                        + "%d processors, max heap %,d MB%n", generated.claims().size(), sources, objects, seed,
                (System.nanoTime() - start) / 1e9, Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20);
        TruthEngine engine = new TruthEngine(TruthEngine.Options.defaults());
        double[] seconds = new double[runs];
        for (int run = 0; run < runs; run++) {
            long t = System.nanoTime();
            long cpu = THREADS.getCurrentThreadCpuTime();
            TruthResult result = engine.resolve(generated.claims(), ValueSimilarity.auto(0.01));
            seconds[run] = (System.nanoTime() - t) / 1e9;
            out.printf(Locale.ROOT, "run %d: %.1f s (CPU %.1f s, load average %.1f), %d iterations, converged %s, accuracy %.4f, %,d dependent pairs%n",
                    run + 1, seconds[run], (THREADS.getCurrentThreadCpuTime() - cpu) / 1e9,
                    java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                    result.iterations(), result.converged(),
                    SyntheticClaims.accuracy(result, generated.truth()), result.dependencies().size());
            out.flush();
        }
        double[] sorted = seconds.clone();
        Arrays.sort(sorted);
        out.printf(Locale.ROOT, "median of %d runs: %.1f s (target: at most 60 s)%n", runs, sorted[runs / 2]);
    }
}
