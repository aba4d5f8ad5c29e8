package news.reliability.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import news.reliability.core.model.Article;
import news.reliability.core.model.ContentFormat;
import news.reliability.core.model.Source;
import news.reliability.scoring.AnalyzedArticle;
import news.reliability.scoring.Analyzer;
import news.reliability.scoring.Pipelines;
import news.reliability.scoring.quality.QualityEvaluation;
import news.reliability.scoring.quality.QualityExample;
import news.reliability.scoring.quality.QualityModel;
import news.reliability.scoring.quality.QualityScorer;
import news.reliability.scoring.quality.QualityText;
import news.reliability.scoring.quality.QualityWords;

/** Holder of {@code ./scorer evaluate quality} (see {@link Quality}); {@link EvaluateCommand} lists it. */
final class EvaluateQualityCommand {

    private EvaluateQualityCommand() {
    }

    /** {@code ./scorer evaluate quality [--folds K] [--seed N] [--speed]}. */
    @Command(name = "quality", mixinStandardHelpOptions = true,
            description = "Cross-validates the quality model on the fixtures (seeded, stratified) and prints ROC AUC; "
                    + "--speed times the quality step per 1,000 words.")
    static final class Quality implements Callable<Integer> {

        @picocli.CommandLine.Spec
        private picocli.CommandLine.Model.CommandSpec spec;

        @Option(names = "--folds", paramLabel = "K", defaultValue = "5", description = "Folds (default 5).")
        int folds;

        @Option(names = "--seed", paramLabel = "N", defaultValue = "1", description = "Seed of the fold split (default 1).")
        long seed;

        @Option(names = "--speed", description = "Also time the quality step (text preparation, features, model, flags).")
        boolean speed;

        @Option(names = "--runs", paramLabel = "R", defaultValue = "15", description = "Timed runs, median reported (default 15).")
        int runs;

        @Option(names = "--model", paramLabel = "FILE", description = "Model for --speed (default: the shipped one).")
        Path model;

        @Override
        public Integer call() throws Exception {
            if (folds < 2 || runs < 1) {
                throw new ScorerCommand.UsageException("need --folds >= 2 and --runs >= 1");
            }
            List<QualityExample> examples = QualityData.fixtureExamples();
            long good = examples.stream().filter(QualityExample::good).count();
            var result = QualityEvaluation.crossValidate(examples, QualityModel.Options.defaults(), folds, seed);
            spec.commandLine().getOut().printf(Locale.ROOT, "quality: %d-fold stratified cross-validation (seed %d) on %d fixture articles "
                    + "(%d good, %d bad): ROC AUC %.3f%n", folds, seed, examples.size(), good, examples.size() - good,
                    result.auc());
            if (speed) {
                speed(examples.size());
            }
            return 0;
        }

        /** Times the quality step alone over the fixture articles and the seeds (when present). */
        private void speed(int fixtureCount) throws Exception {
            QualityScorer scorer = model == null ? QualityScorer.standard()
                    : new QualityScorer(QualityModel.load(model), QualityWords.standard());
            Analyzer analyzer = Pipelines.newsWithoutQuality();
            List<Article> articles = new ArrayList<>(news.reliability.fixtures.QualityFixtures.all().stream()
                    .map(e -> e.article()).toList());
            Path seeds = Home.shared("seeds");
            if (Files.isDirectory(seeds)) {
                try (var files = Files.list(seeds)) {
                    for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                        articles.add(Article.of(new Source(f.getFileName().toString().replace(".txt", "")),
                                java.util.Optional.empty(), java.util.Optional.empty(), java.util.Optional.empty(),
                                ContentFormat.TEXT, Files.readString(f)));
                    }
                }
            }
            List<AnalyzedArticle> read = articles.stream().map(analyzer::read).toList();
            long words = read.stream().mapToLong(a -> QualityText.of(a.read(), a.main()).words().size()).sum();
            for (int warm = 0; warm < 5; warm++) {
                read.forEach(a -> scorer.assess(a.read(), a.main()));
            }
            var threads = java.lang.management.ManagementFactory.getThreadMXBean();
            double[] ms = new double[runs];
            double[] cpu = new double[runs];
            for (int r = 0; r < runs; r++) {
                long start = System.nanoTime();
                long cpuStart = threads.getCurrentThreadCpuTime();
                read.forEach(a -> scorer.assess(a.read(), a.main()));
                cpu[r] = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e6;
                ms[r] = (System.nanoTime() - start) / 1e6;
            }
            Arrays.sort(ms);
            Arrays.sort(cpu);
            spec.commandLine().getOut().printf(Locale.ROOT, "quality step: %d articles, %d words of main text, %d runs: median CPU time "
                    + "%.1f ms = %.2f ms per 1,000 words; median wall-clock %.1f ms = %.2f ms per 1,000 words%n",
                    read.size(), words, runs, cpu[runs / 2], 1000 * cpu[runs / 2] / words, ms[runs / 2],
                    1000 * ms[runs / 2] / words);
        }
    }
}
